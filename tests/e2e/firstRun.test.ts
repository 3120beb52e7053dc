import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { launchBrowser, waitForText } from './helpers/browser.ts';
import { expectAccessible, expectHeading, factValue, newPerson, PASSWORD, waitForFocus } from './helpers/people.ts';

describe('first run of a new instance', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it('offers the first commissioner account, then a workspace to create, list and open', async () => {
    const { page, errors } = await newPerson(browser, contexts);
    await page.goto(`${server.url}/`);
    await expectHeading(page, 'Shaping home care together');
    await page.getByRole('heading', { level: 2, name: 'Create the first commissioner account' }).waitFor();
    // A new instance has nobody to sign in as, and no workshops to join.
    expect(await page.getByRole('button', { name: 'Sign in', exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Join a workshop with a code' }).count()).toBe(0);
    await expectAccessible(page);

    // The same in Welsh.
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await page.getByRole('heading', { level: 2, name: "Creu'r cyfrif comisiynydd cyntaf" }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Create the first commissioner account' }).waitFor();

    // Nothing filled in: each field says what it needs, next to it, and focus goes to the first.
    await page.getByRole('button', { name: 'Create the first account' }).click();
    await waitForText(page.getByRole('alert').first(), /There is a problem/);
    const name = page.getByLabel('Your name');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await name.getAttribute('id')}-error`).innerText()).toContain('Enter your name');
    await waitForFocus(name, 'focus on the first field at fault');
    const password = page.getByLabel('Create a password');
    expect(await password.getAttribute('aria-describedby')).toMatch(/-error/);
    await expectAccessible(page);

    await name.fill('Cerys Commissioner');
    await page.getByLabel('Email address').fill('cerys@example.org');
    await password.fill('too short');
    await page.getByRole('button', { name: 'Create the first account' }).click();
    await page.getByText('Your password must be between 10 and 200 characters long').first().waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await name.getAttribute('aria-invalid')).toBeNull();

    await password.fill(PASSWORD);
    await page.getByRole('button', { name: 'Create the first account' }).click();
    await expectHeading(page, 'Your workspaces');
    await page.getByText('Signed in as Cerys Commissioner').waitFor();
    await page.getByText('You are not in any workspaces yet.', { exact: false }).waitFor();
    await expectAccessible(page);

    // Create a workspace.
    await page.getByLabel('Name of the workspace').fill('North Powys 2027');
    await page.getByLabel('Model 3: Accountable for a population').check();
    await page.getByLabel('Zones (optional)').fill('Machynlleth, Llanidloes ,, Newtown');
    await page.getByLabel('Plan', { exact: true }).check();
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await waitForText(page.getByRole('status').filter({ hasText: 'created' }), /Workspace “North Powys 2027” created/);

    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'North Powys 2027' }) });
    expect(await factValue(card, 'Model')).toBe('Model 3: Accountable for a population');
    expect(await factValue(card, 'Stage of the cycle')).toBe('Plan');
    expect(await factValue(card, 'Your role')).toBe('Commissioner');
    // The form is ready for another.
    expect(await page.getByLabel('Name of the workspace').inputValue()).toBe('');
    await expectAccessible(page);

    await card.getByRole('link', { name: 'North Powys 2027' }).click();
    await expectHeading(page, 'North Powys 2027');
    expect(new URL(page.url()).pathname).toMatch(/^\/workspaces\/[\w-]+$/);
    // After moving to a new page, focus is on its heading.
    expect(await page.getByRole('heading', { level: 1 }).evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await factValue(page, 'Zones')).toBe('Machynlleth, Llanidloes, Newtown');
    expect(await factValue(page, 'Stage of the cycle')).toBe('Plan');
    expect(await factValue(page, 'Your role')).toBe('Commissioner');
    const outcomes = page.getByRole('listitem').filter({ hasText: 'Outcome framework' });
    await waitForText(outcomes, /You can edit/);
    await page.getByRole('heading', { level: 2, name: 'Invite someone' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Workshops' }).waitFor();
    await page.getByText('No workshops are open.').waitFor();
    await expectAccessible(page);

    // The browser's back button returns to the list.
    await page.goBack();
    await expectHeading(page, 'Your workspaces');
    expect(errors).toEqual([]);
  });

  it('now offers sign-in instead of a first account', async () => {
    const { page } = await newPerson(browser, contexts);
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 2, name: 'Sign in' }).waitFor();
    expect(await page.getByText('Create the first commissioner account').count()).toBe(0);
    await page.getByRole('link', { name: 'Join a workshop with a code' }).waitFor();
    await expectAccessible(page);
  });
});

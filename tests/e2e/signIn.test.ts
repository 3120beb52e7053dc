import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { isFocused, launchBrowser, waitForText } from './helpers/browser.ts';
import {
  accountOverHttp,
  expectAccessible,
  expectHeading,
  factValue,
  newPerson,
  PASSWORD,
  signInThroughHome,
  tabTo,
  waitForFocus,
} from './helpers/people.ts';

const EMAIL = 'bethan@example.org';

describe('signing in and out', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    await accountOverHttp(server, 'Bethan Commissioner', EMAIL);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it('signs out, refuses a wrong password with the error at the form, then signs in', async () => {
    const { page, errors } = await newPerson(browser, contexts);
    await signInThroughHome(page, server, EMAIL);
    await page.getByText('Signed in as Bethan Commissioner').waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectHeading(page, 'Shaping home care together');
    await page.getByRole('heading', { level: 2, name: 'Sign in' }).waitFor();
    expect(await page.getByText('Signed in as').count()).toBe(0);
    // Signed out for the server too: the workspace list is refused.
    expect((await page.request.get(`${server.url}/api/workspaces`)).status()).toBe(401);

    const signInForm = page.getByRole('form', { name: 'Sign in' });
    await signInForm.getByLabel('Email address').fill(EMAIL);
    await signInForm.getByLabel('Password').fill('not the right password');
    await signInForm.getByRole('button', { name: 'Sign in' }).click();
    const alert = signInForm.getByRole('alert');
    await waitForText(alert, /There is a problem\s+The email address or password is not right\./);
    await expectAccessible(page);
    // Switching language to understand it better translates the error too.
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await waitForText(page.getByRole('form', { name: 'Mewngofnodi' }).getByRole('alert'), /Dydy'r cyfeiriad e-bost neu'r cyfrinair ddim yn gywir/);
    await page.getByRole('button', { name: 'English' }).click();
    await waitForText(alert, /The email address or password is not right\./);

    await signInForm.getByLabel('Password').fill(PASSWORD);
    await signInForm.getByRole('button', { name: 'Sign in' }).click();
    await expectHeading(page, 'Your workspaces');
    expect(errors).toEqual([]);
  });

  it('says what is wrong with each field before asking the server', async () => {
    const { page } = await newPerson(browser, contexts);
    await page.goto(`${server.url}/signin`);
    await expectHeading(page, 'Sign in');
    await page.getByLabel('Email address').fill('not an email');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const email = page.getByLabel('Email address');
    await waitForFocus(email, 'focus on the email field');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy.split(' ').at(-1)}`).innerText()).toContain('Enter an email address in the right format');
    await page.getByText('Enter your password').first().waitFor();
    // The summary links to the field it describes.
    await page.getByRole('alert').getByRole('link', { name: 'Enter your password' }).click();
    expect(await isFocused(page.getByLabel('Password'))).toBe(true);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Create an account' }).click();
    await expectHeading(page, 'Create an account');
    await expectAccessible(page);

    // An address that is not a page.
    await page.goto(`${server.url}/no/such/page`);
    await expectHeading(page, 'Page not found');
    expect(await page.title()).toBe('Page not found – Gweithdy');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expectHeading(page, 'Shaping home care together');
  });

  it('signs in and creates a workspace with the keyboard alone', async () => {
    const { page } = await newPerson(browser, contexts);
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 2, name: 'Sign in' }).waitFor();

    await tabTo(page, page.getByLabel('Email address'));
    await page.keyboard.type(EMAIL);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Your workspaces');
    // The new page's heading has focus, so Tab continues from the top of the page content.
    expect(await isFocused(page.getByRole('heading', { level: 1 }))).toBe(true);

    await tabTo(page, page.getByLabel('Name of the workspace'));
    await page.keyboard.type('Cardiff reablement');
    await page.keyboard.press('Tab');
    // Into the model radios: Space picks the first, an arrow key moves to the next and picks it.
    expect(await isFocused(page.getByLabel('Model 1: Planning care around outcomes'))).toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Model 2: Rewarding outcomes').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Cardiff, Vale of Glamorgan');
    await page.keyboard.press('Tab');
    // The cycle radios start on Analyse; one arrow down is Plan, two is Do.
    expect(await isFocused(page.getByLabel('Analyse', { exact: true }))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('button', { name: 'Create workspace' }))).toBe(true);
    await page.keyboard.press('Enter');
    await waitForText(page.getByRole('status').filter({ hasText: 'created' }), /Workspace “Cardiff reablement” created/);

    const link = page.getByRole('link', { name: 'Cardiff reablement' });
    const card = page.getByRole('listitem').filter({ has: link });
    expect(await factValue(card, 'Model')).toBe('Model 2: Rewarding outcomes');
    expect(await factValue(card, 'Stage of the cycle')).toBe('Do');

    // Open it with the keyboard, and sign out with it.
    await tabTo(page, link, 40);
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Cardiff reablement');
    expect(await factValue(page, 'Zones')).toBe('Cardiff, Vale of Glamorgan');
    await tabTo(page, page.getByRole('button', { name: 'Sign out' }), 60);
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Shaping home care together');
  });
});

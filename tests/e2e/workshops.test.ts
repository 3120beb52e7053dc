import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { isFocused, launchBrowser, waitForText, waitForValue } from './helpers/browser.ts';
import {
  accountOverHttp,
  expectAccessible,
  expectHeading,
  factValue,
  newPerson,
  PHONE,
  signInThroughHome,
  tabTo,
  waitForFocus,
  workspaceFromPage,
} from './helpers/people.ts';

describe('workshops with a code', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    await accountOverHttp(server, 'Cerys Commissioner', 'cerys@example.org');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it('opens a workshop, a guest joins with the code by keyboard alone, and closing it ends the guest’s session', async () => {
    const { page: commissioner } = await newPerson(browser, contexts);
    await signInThroughHome(commissioner, server, 'cerys@example.org');
    const workspaceId = await workspaceFromPage(commissioner, server, 'North 2027');
    await commissioner.goto(`${server.url}/workspaces/${workspaceId}`);
    await expectHeading(commissioner, 'North 2027');

    const open = commissioner.getByRole('form', { name: 'Open a workshop' });
    await open.getByLabel('Workshop title').fill('What matters to you at home');
    expect(await open.getByLabel('How long should the code work?').inputValue()).toBe('180');
    await open.getByLabel('How long should the code work?').selectOption({ label: '1 hour 30 minutes' });
    await open.getByRole('button', { name: 'Open workshop' }).click();

    const workshop = commissioner.getByRole('article', { name: 'What matters to you at home' });
    await workshop.waitFor();
    // Focus moves to the new workshop, and the code is announced letter by letter.
    await waitForFocus(workshop.getByRole('heading', { name: 'What matters to you at home' }));
    const announced = await waitForText(commissioner.getByRole('status').filter({ hasText: 'is open' }), /The code is ([A-Z0-9] ){5}[A-Z0-9]\./);
    const code = announced.match(/The code is ((?:[A-Z0-9] ){5}[A-Z0-9])\./)![1]!.replaceAll(' ', '');
    // Screen readers read the code letter by letter; the large letters themselves are hidden from them.
    await workshop.getByText([...code].join(' '), { exact: true }).waitFor({ state: 'attached' });
    expect(await workshop.locator('[aria-hidden="true"]').innerText()).toMatch(new RegExp([...code].join('\\s*')));
    await waitForText(workshop, new RegExp(`To join, go to\\s+127\\.0\\.0\\.1:${server.server.port}/join\\s+and type the code\\.`));
    await expectAccessible(commissioner);

    // A guest on a phone, keyboard only.
    const { page: guest, errors } = await newPerson(browser, contexts, { viewport: PHONE });
    await guest.goto(`${server.url}/`);
    await guest.getByRole('link', { name: 'Join a workshop with a code' }).waitFor();
    await tabTo(guest, guest.getByRole('link', { name: 'Join a workshop with a code' }));
    await guest.keyboard.press('Enter');
    await expectHeading(guest, 'Join a workshop');
    await expectAccessible(guest);

    const codeField = guest.getByLabel('Workshop code');
    expect(await codeField.getAttribute('autocomplete')).toBe('off');
    expect(await codeField.getAttribute('inputmode')).toBe('text');
    await tabTo(guest, codeField);
    // A wrong code first (typed in lower case, as people do): the refusal is next to the code.
    await guest.keyboard.type('zzz zzz');
    await waitForValue(codeField, 'ZZZZZZ');
    await guest.keyboard.press('Tab');
    await guest.keyboard.type('Sam');
    await guest.keyboard.press('Tab');
    expect(await isFocused(guest.getByLabel('a person who uses care and support'))).toBe(true);
    await guest.keyboard.press('Space');
    await guest.keyboard.press('Tab');
    expect(await isFocused(guest.getByRole('button', { name: 'Join the workshop' }))).toBe(true);
    await guest.keyboard.press('Enter');
    await guest.getByText('That code is not open. Check it with the person running the workshop.').first().waitFor();
    await waitForFocus(codeField, 'focus back on the code');
    expect(await codeField.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(guest);

    // Now the real code: select what is there and type over it.
    await guest.keyboard.press('Control+A');
    await guest.keyboard.type(code.toLowerCase());
    await waitForValue(codeField, code);
    await tabTo(guest, guest.getByRole('button', { name: 'Join the workshop' }));
    await guest.keyboard.press('Enter');

    await expectHeading(guest, 'North 2027');
    expect(new URL(guest.url()).pathname).toBe(`/workspaces/${workspaceId}`);
    expect(await factValue(guest, 'Your role')).toBe('Person who uses care and support');
    await guest.getByText('Taking part as Sam').waitFor();
    await waitForText(guest.getByRole('listitem').filter({ hasText: 'Outcome framework' }), /You can edit/);
    await expectAccessible(guest);
    // The guest's home shows their one workspace and no way to create another.
    await guest.getByRole('link', { name: 'Back to your workspaces' }).click();
    await expectHeading(guest, 'Your workspace');
    await guest.getByRole('link', { name: 'North 2027' }).waitFor();
    expect(await guest.getByRole('heading', { name: 'Create a workspace' }).count()).toBe(0);
    await guest.getByRole('link', { name: 'North 2027' }).click();
    await expectHeading(guest, 'North 2027');

    // The commissioner sees the guest, marked as a workshop guest.
    await commissioner.reload();
    await waitForText(commissioner.getByRole('listitem').filter({ hasText: 'Sam' }), /Workshop guest/);

    // Close the workshop, confirming first.
    const reopened = commissioner.getByRole('article', { name: 'What matters to you at home' });
    await reopened.getByRole('button', { name: /^Close workshop/ }).click();
    const dialog = commissioner.getByRole('dialog', { name: 'Close “What matters to you at home”?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close workshop' }).click();
    await waitForText(commissioner.getByRole('status').filter({ hasText: 'is closed' }), /Workshop “What matters to you at home” is closed\./);
    await commissioner.getByText('No workshops are open.').waitFor();
    // Sam's stay ended with the workshop: no longer listed among the people (the record is kept on the server).
    await commissioner.reload();
    await commissioner.getByRole('listitem').filter({ hasText: 'Cerys Commissioner' }).waitFor();
    expect(await commissioner.getByRole('listitem').filter({ hasText: 'Sam' }).count()).toBe(0);

    // The guest's session ended with it: a reload shows the signed-out front door.
    await guest.reload();
    await expectHeading(guest, 'Shaping home care together');
    await guest.getByText('Please sign in to see that page.').waitFor();
    await guest.getByRole('link', { name: 'Join a workshop with a code' }).waitFor();
    expect(await guest.getByText('Taking part as Sam').count()).toBe(0);
    expect(errors).toEqual([]);

    // And the code no longer works.
    await guest.goto(`${server.url}/join`);
    await guest.getByLabel('Workshop code').fill(code);
    await guest.getByLabel('Your name').fill('Sam');
    await guest.getByLabel('a carer').check();
    await guest.getByRole('button', { name: 'Join the workshop' }).click();
    await guest.getByText('That code is not open.', { exact: false }).first().waitFor();
  });

  it('asks plainly for each missing answer on the join page', async () => {
    const { page } = await newPerson(browser, contexts, { viewport: PHONE });
    await page.goto(`${server.url}/join`);
    await page.getByRole('button', { name: 'Join the workshop' }).click();
    await waitForText(page.getByRole('alert'), /Enter the code: 6 letters and numbers\s+Enter the name others will see\s+Choose how you are taking part/);
    await waitForFocus(page.getByLabel('Workshop code'));
    const roleGroup = page.getByRole('group', { name: 'I am taking part as' });
    expect(await roleGroup.getAttribute('aria-describedby')).toMatch(/-error/);
    await expectAccessible(page);
  });
});

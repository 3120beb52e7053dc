import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page, WebSocketRoute } from 'playwright-core';
import { api } from '../helpers/httpAccounts.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { isFocused, launchBrowser, waitForText, waitForValue } from './helpers/browser.ts';
import { accountOverHttp, expectAccessible, expectHeading, newPerson, PASSWORD, PHONE, signInThroughHome, tabTo, waitForFocus } from './helpers/people.ts';
import { switchBackToEnglish } from './helpers/settings.ts';

const SAVED = /All changes saved/;

describe('the outcome framework, co-edited live', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let workspaceId: string;
  let commissionerCookie: string;

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    await accountOverHttp(server, 'Cerys Commissioner', 'cerys@example.org');
    const login = await api(server, 'POST', '/api/auth/login', { email: 'cerys@example.org', password: PASSWORD });
    commissionerCookie = login.headers.getSetCookie().at(-1)!.split(';')[0]!;
    const created = await api(server, 'POST', '/api/workspaces', { name: 'North 2027', model: '2', zones: ['Wrexham'] }, commissionerCookie);
    workspaceId = created.body.workspace.id;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  const framework = () => `${server.url}/workspaces/${workspaceId}/outcomes`;
  const statusOf = (page: Page) => page.locator('#framework-status');
  const outcome = (page: Page, number: number) => page.getByRole('article', { name: new RegExp(`^Outcome ${number}\\b`) });

  /** A service user who joins with the workshop code, on a phone. */
  async function guestInWorkshop(name: string, workspace = workspaceId, workspaceName = 'North 2027'): Promise<Page> {
    const workshop = await api(server, 'POST', `/api/workspaces/${workspace}/workshops`, { title: `Workshop for ${name}` }, commissionerCookie);
    const { page } = await newPerson(browser, contexts, { viewport: PHONE });
    await page.goto(`${server.url}/join`);
    await page.getByLabel('Workshop code').fill(workshop.body.workshop.code);
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('a person who uses care and support').check();
    await page.getByRole('button', { name: 'Join the workshop' }).click();
    await expectHeading(page, workspaceName);
    return page;
  }

  async function commissionerPage(url = framework()): Promise<Page> {
    const { page } = await newPerson(browser, contexts);
    await signInThroughHome(page, server, 'cerys@example.org');
    await page.goto(url);
    await expectHeading(page, 'Outcome framework');
    await waitForText(statusOf(page), SAVED);
    return page;
  }

  it('lets a commissioner and a workshop guest edit the same outcome at once, with presence, and keeps it after a reload', async () => {
    const cerys = await commissionerPage();
    await expectAccessible(cerys);
    const mair = await guestInWorkshop('Mair');
    await mair.getByRole('link', { name: 'Outcome framework' }).click();
    await expectHeading(mair, 'Outcome framework');
    await waitForText(statusOf(mair), SAVED);

    // Each sees the other, named and with their role, as the server knows them.
    await waitForText(cerys.getByRole('region', { name: /Here now/ }), /Mair\s*Person who uses care and support/);
    await waitForText(mair.getByRole('region', { name: /Here now/ }), /Cerys Commissioner\s*Commissioner/);

    await cerys.getByRole('button', { name: 'Add an outcome' }).click();
    const statementOf = (page: Page) => outcome(page, 1).getByLabel("What matters, in the person's own words");
    await waitForFocus(statementOf(cerys), 'new outcome statement focused');
    await cerys.keyboard.type('I can get out');
    await waitForValue(statementOf(mair), 'I can get out');

    // Both type into the same statement at once: Mair at the end, Cerys at the start.
    await statementOf(mair).click();
    await mair.keyboard.press('End');
    await statementOf(cerys).press('Home');
    await Promise.all([mair.keyboard.type(' to the shops'), cerys.keyboard.type('Most days ')]);
    const expected = 'Most days I can get out to the shops';
    await waitForValue(statementOf(cerys), expected);
    await waitForValue(statementOf(mair), expected);
    // Cerys sees that Mair is in this outcome.
    await waitForText(outcome(cerys, 1), /Mair is editing this outcome/);

    // Indicators from both sides.
    await outcome(cerys, 1).getByRole('button', { name: 'Add an indicator' }).click();
    await outcome(mair, 1).getByRole('group', { name: 'Indicator 1' }).waitFor();
    await outcome(mair, 1).getByRole('group', { name: 'Indicator 1' }).getByLabel('Measure').fill('Trips out a month');
    await outcome(cerys, 1).getByRole('group', { name: 'Indicator 1' }).getByLabel('Target').fill('8');
    await waitForValue(outcome(cerys, 1).getByRole('group', { name: 'Indicator 1' }).getByLabel('Measure'), 'Trips out a month');
    await waitForValue(outcome(mair, 1).getByRole('group', { name: 'Indicator 1' }).getByLabel('Target'), '8');
    await outcome(mair, 1).getByLabel('Control over day-to-day life').check();
    await waitFor(() => outcome(cerys, 1).getByLabel('Control over day-to-day life').isChecked(), { message: 'aspect ticked' });
    await expectAccessible(mair);

    await waitForText(statusOf(cerys), SAVED);
    await waitForText(statusOf(mair), SAVED);
    // Attribution comes from the server: both are named as having shaped it.
    await waitForText(outcome(cerys, 1), /Shaped by: .*Cerys Commissioner.*Mair|Shaped by: .*Mair.*Cerys Commissioner/, 20_000);

    await mair.reload();
    await waitForText(statusOf(mair), SAVED);
    await waitForValue(statementOf(mair), expected);
    await waitForValue(outcome(mair, 1).getByRole('group', { name: 'Indicator 1' }).getByLabel('Measure'), 'Trips out a month');
  });

  it('keeps edits made while the connection is down and sends them when it is back, losing nothing on either side', async () => {
    const cerys = await commissionerPage();
    const mair = await guestInWorkshop('Mair offline');
    // Mair's sync connection goes through a switch we can open: her network, not the server, drops.
    let offline = false;
    const open = new Set<WebSocketRoute>();
    await mair.context().routeWebSocket(/\/collab\//, (socket) => {
      if (offline) return void socket.close({ code: 1001, reason: 'offline' });
      open.add(socket);
      socket.connectToServer();
    });
    await mair.goto(framework());
    await waitForText(statusOf(mair), SAVED);
    const noteOf = (page: Page) => outcome(page, 1).getByLabel('Plain-language note');

    offline = true;
    for (const socket of open) await socket.close({ code: 1001, reason: 'offline' });
    await waitForText(statusOf(mair), /Reconnecting|Offline/);
    await noteOf(mair).click();
    await mair.keyboard.type('Written offline by Mair.');
    await waitForText(statusOf(mair), /^Offline – \d+ unsent change/);
    await noteOf(cerys).click();
    await cerys.keyboard.press('End');
    await cerys.keyboard.type(' Cerys was online.');
    await waitForText(statusOf(cerys), SAVED);

    offline = false;
    await waitForText(statusOf(mair), SAVED, 30_000);
    const merged = await waitForValueContaining(noteOf(cerys), ['Written offline by Mair.', 'Cerys was online.']);
    await waitForValue(noteOf(mair), merged);
  });

  it('shows a citizen the framework read-only, with no editing controls, in Welsh too', async () => {
    await accountOverHttp(server, 'Carys Citizen', 'carys@example.org');
    const invitation = await api(server, 'POST', `/api/workspaces/${workspaceId}/invitations`, { role: 'citizen' }, commissionerCookie);
    const { page } = await newPerson(browser, contexts);
    await signInThroughHome(page, server, 'carys@example.org');
    await page.goto(`${server.url}${invitation.body.invitation.path}`);
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await expectHeading(page, 'North 2027');
    await page.goto(framework());
    await expectHeading(page, 'Outcome framework');
    await page.getByText('You can read this framework but not change it.').waitFor();
    await waitForText(outcome(page, 1), /Most days I can get out to the shops/);
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: /Control over/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add an outcome' }).count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await expectHeading(page, 'Fframwaith canlyniadau');
    await page.getByText('Gallwch ddarllen y fframwaith hwn ond nid ei newid.').waitFor();
    await expectAccessible(page);
  });

  it('can be used with the keyboard alone: add an outcome, write its statement, add an indicator', async () => {
    const cerys = await commissionerPage();
    const add = cerys.getByRole('button', { name: 'Add an outcome' });
    await tabTo(cerys, add, 40);
    await cerys.keyboard.press('Enter');
    const count = await cerys.getByRole('article').count();
    const added = outcome(cerys, count);
    const statement = added.getByLabel("What matters, in the person's own words");
    await waitForFocus(statement, 'statement focused after adding');
    await cerys.keyboard.type('I feel safe in my own home');
    await tabTo(cerys, added.getByRole('button', { name: 'Add an indicator' }), 40);
    await cerys.keyboard.press('Enter');
    const measure = added.getByRole('group', { name: 'Indicator 1' }).getByLabel('Measure');
    await waitForFocus(measure, 'the new indicator’s measure focused');
    await cerys.keyboard.type('People who say they feel safe');
    expect(await isFocused(measure)).toBe(true);
    await waitForText(statusOf(cerys), SAVED);
    await cerys.getByRole('button', { name: 'Cymraeg' }).click();
    await expectHeading(cerys, 'Fframwaith canlyniadau');
    await expectAccessible(cerys);
    await switchBackToEnglish(cerys); // Cerys signs in again below; her language is remembered with her account
  });

  it('starts from examples, undoes only the person’s own change, and brings everyone to a spotlit outcome', async () => {
    const created = await api(server, 'POST', '/api/workspaces', { name: 'South 2027', model: '1' }, commissionerCookie);
    const south = `${server.url}/workspaces/${created.body.workspace.id}/outcomes`;
    const cerys = await commissionerPage(south);
    const mair = await guestInWorkshop('Mair South', created.body.workspace.id, 'South 2027');
    await mair.goto(south);
    await waitForText(statusOf(mair), SAVED);

    await cerys.getByRole('button', { name: /^Start from examples for Model 1/ }).click();
    await waitForValue(outcome(mair, 1).getByLabel("What matters, in the person's own words"), 'I can get out to the shops when I want to');
    expect(await mair.getByRole('article').count()).toBe(3);
    await expectAccessible(mair);

    const noteOf = (page: Page, number: number) => outcome(page, number).getByLabel('Plain-language note');
    await noteOf(mair, 3).fill('Mair wrote this.');
    await noteOf(cerys, 3).click(); // The example's note is empty; Cerys writes in outcome 3 after Mair.
    await waitForValue(noteOf(cerys, 3), 'Mair wrote this.');
    await cerys.keyboard.press('End');
    await cerys.keyboard.type(' Cerys added this.');
    await waitForValue(noteOf(mair, 3), 'Mair wrote this. Cerys added this.');
    // Undo takes back Cerys's own typing (and the examples she added before it), never Mair's.
    const undo = cerys.getByRole('button', { name: 'Undo my change' });
    await undo.click();
    await waitForValue(noteOf(mair, 3), 'Mair wrote this.');
    await waitForValue(noteOf(cerys, 3), 'Mair wrote this.');
    await cerys.getByRole('button', { name: 'Redo my change' }).click();
    await waitForValue(noteOf(mair, 3), 'Mair wrote this. Cerys added this.');

    // Mair is at the top; Cerys spotlights outcome 3 and Mair's page brings it into view.
    await mair.evaluate(() => window.scrollTo(0, 0));
    await outcome(cerys, 3).getByRole('button', { name: 'Spotlight for everyone' }).click();
    await waitForText(mair.getByRole('status').filter({ hasText: 'is showing everyone' }), /Cerys Commissioner is showing everyone outcome 3\./);
    await waitFor(async () => {
      const box = await outcome(mair, 3).boundingBox();
      return box !== null && box.y >= -5 && box.y < PHONE.height;
    }, { message: 'spotlit outcome in view' });
    await outcome(mair, 3).getByText('In the spotlight').waitFor();
    await mair.getByRole('button', { name: 'Stop following the spotlight' }).click();
    await expectAccessible(mair);
  });
});

/** Waits until a field holds every one of `parts`, and returns its value. */
async function waitForValueContaining(field: Locator, parts: string[]): Promise<string> {
  let value = '';
  await waitFor(async () => {
    value = await field.inputValue();
    return parts.every((part) => value.includes(part));
  }, { message: `field to contain ${parts.join(' and ')}` });
  return value;
}

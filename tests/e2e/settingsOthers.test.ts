import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api } from '../helpers/httpAccounts.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { isFocused, launchBrowser, waitForText } from './helpers/browser.ts';
import { accountOverHttp, expectAccessible, expectHeading, newPerson, PASSWORD, signInThroughHome, tabTo } from './helpers/people.ts';
import { chooseByKeyboard } from './helpers/settings.ts';

const SAVED = /All changes saved/;

/** "Hide other people's cursors and avatars": one setting, shared by the settings page and the editors' own toggles. */
describe('settings: hiding other people in the outcome framework, with two people editing', { timeout: 120_000 }, () => {
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
    workspaceId = (await api(server, 'POST', '/api/workspaces', { name: 'North 2027', model: '2', zones: ['Wrexham'] }, commissionerCookie)).body.workspace.id;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  const framework = () => `${server.url}/workspaces/${workspaceId}/outcomes`;
  const statement = (page: Page) => page.getByRole('article', { name: /^Outcome 1\b/ }).getByLabel("What matters, in the person's own words");
  const caretsIn = (page: Page) => page.locator('.remote-caret');
  const avatarsIn = (page: Page) => page.locator('.presence .avatar');
  const toolbarToggle = (page: Page) => page.getByRole('checkbox', { name: "Show other people's cursors and names" });

  async function openFramework(page: Page): Promise<void> {
    await page.goto(framework());
    await expectHeading(page, 'Outcome framework');
    await waitForText(page.locator('#framework-status'), SAVED);
  }

  it('hides Mair’s caret and every avatar for Cerys once she chooses so in Settings, and the framework’s toggle and the page agree', async () => {
    const { page: cerys, errors } = await newPerson(browser, contexts);
    await signInThroughHome(cerys, server, 'cerys@example.org');
    await openFramework(cerys);
    await cerys.getByRole('button', { name: 'Add an outcome' }).click();
    await cerys.keyboard.type('I can get out');

    // Mair joins the workshop and types in the same statement: Cerys sees her caret and both avatars.
    const workshop = await api(server, 'POST', `/api/workspaces/${workspaceId}/workshops`, { title: 'Wrexham workshop' }, commissionerCookie);
    const { page: mair } = await newPerson(browser, contexts);
    await mair.goto(`${server.url}/join`);
    await mair.getByLabel('Workshop code').fill(workshop.body.workshop.code);
    await mair.getByLabel('Your name').fill('Mair');
    await mair.getByLabel('a person who uses care and support').check();
    await mair.getByRole('button', { name: 'Join the workshop' }).click();
    await expectHeading(mair, 'North 2027');
    await openFramework(mair);
    await statement(mair).click();
    await mair.keyboard.press('End');
    await mair.keyboard.type(' to the shops');
    await waitForText(caretsIn(cerys).first(), /Mair/);
    await waitFor(async () => (await avatarsIn(cerys).count()) === 2, { message: 'both avatars shown to Cerys' });

    // Cerys hides other people in Settings, by keyboard (larger text and high contrast too, for the axe check below)…
    await cerys.goto(`${server.url}/settings`);
    await expectHeading(cerys, 'Settings');
    await chooseByKeyboard(cerys, 'Text size', 'Standard', 'Larger text');
    await chooseByKeyboard(cerys, 'Contrast', 'Standard', 'High contrast');
    await chooseByKeyboard(cerys, 'Other people in the live editors', 'Show other people’s cursors and avatars', 'Hide other people’s cursors and avatars');
    await waitForText(cerys.locator('.settings__status'), /^Saved with your account\.$/);

    // …and back on the framework, Mair's caret and the avatars are gone, and the toolbar's toggle agrees.
    await cerys.goBack();
    await expectHeading(cerys, 'Outcome framework');
    await statement(cerys).waitFor();
    await mair.keyboard.type(' often');
    await waitFor(async () => (await statement(cerys).inputValue()).endsWith('often'), { message: 'Mair’s typing still reaches Cerys' });
    expect(await caretsIn(cerys).count()).toBe(0);
    expect(await avatarsIn(cerys).count()).toBe(0);
    expect(await toolbarToggle(cerys).isChecked()).toBe(false);
    // The setting is Cerys's alone: Mair still sees her.
    await waitFor(async () => (await avatarsIn(mair).count()) === 2, { message: 'Mair still sees both avatars' });
    expect(await cerys.locator('html').getAttribute('data-contrast')).toBe('high');
    await expectAccessible(cerys); // the framework with larger text and high contrast

    // Turning them back on with the toolbar's toggle (keyboard) is the same setting: the caret returns, and Settings says Show.
    await tabTo(cerys, toolbarToggle(cerys), 60);
    expect(await isFocused(toolbarToggle(cerys))).toBe(true);
    await cerys.keyboard.press('Space');
    await mair.keyboard.type('!');
    await waitForText(caretsIn(cerys).first(), /Mair/);
    await waitFor(async () => (await avatarsIn(cerys).count()) === 2, { message: 'avatars back' });
    await cerys.goto(`${server.url}/settings`);
    await expectHeading(cerys, 'Settings');
    expect(await cerys.getByRole('radio', { name: 'Show other people’s cursors and avatars' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });
});

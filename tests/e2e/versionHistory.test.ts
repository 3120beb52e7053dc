import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { isFocused, launchBrowser, waitForText } from './helpers/browser.ts';
import { expectAccessible, expectHeading, tabTo, waitForFocus } from './helpers/people.ts';
import { compare, historyUrl, nameVersion, openHistory, signedInPage, versionItem } from './helpers/versionHistory.ts';

const SAVED = /All changes saved|Pob newid wedi'i gadw/;
const TITLE = 'Home care specification 2028';
const FIRST = 'Visits are agreed with each person.';
const SECOND = 'everyone, weekly.';

describe('the version history of a specification', { timeout: 180_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let cerys: HttpAccount;
  let pedr: HttpAccount;
  let workspaceId: string;
  let artefactId: string;
  const errorsOf = new Map<Page, string[]>();

  const documentOf = (page: Page) => page.getByRole('textbox', { name: 'Specification text' });
  const statusOf = (page: Page) => page.locator('#specification-status');

  async function pageFor(account: HttpAccount, language?: 'cy'): Promise<Page> {
    const { page, errors } = await signedInPage(browser, contexts, server, account, language);
    errorsOf.set(page, errors);
    return page;
  }

  async function specificationPage(account: HttpAccount): Promise<Page> {
    const page = await pageFor(account);
    await page.goto(`${server.url}/workspaces/${workspaceId}/specifications/${artefactId}`);
    await expectHeading(page, TITLE);
    await waitForText(statusOf(page), SAVED);
    return page;
  }

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
    pedr = await signUpOverHttp(server, 'Pedr Provider');
    const created = await api(server, 'POST', '/api/workspaces', { name: 'North 2028', model: '2', zones: ['Wrexham'] }, cerys.cookie);
    workspaceId = created.body.workspace.id as string;
    await addMember(server, workspaceId, cerys, pedr, 'provider');
    const artefact = await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: TITLE }, cerys.cookie);
    artefactId = artefact.body.artefact.id as string;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it('names versions, compares them with highlighted words, and restores one live for everyone', async () => {
    const editor = await specificationPage(cerys);
    const link = editor.getByRole('link', { name: 'Version history' });
    expect(await link.getAttribute('href')).toBe(`/workspaces/${workspaceId}/history/${artefactId}`);
    await documentOf(editor).click();
    await editor.keyboard.type(FIRST);
    await waitForText(statusOf(editor), SAVED);

    // The history in a second tab of the same person, the editor staying open.
    const history = await editor.context().newPage();
    errorsOf.set(history, []);
    history.on('pageerror', (error) => errorsOf.get(history)!.push(error.message));
    await openHistory(history, server, workspaceId, artefactId, `History of ${TITLE}`);
    await history.getByText('There are no versions yet.').waitFor();
    // A name is required, and the field says so.
    await history.getByRole('button', { name: 'Save as a version' }).click();
    await history.getByText('Enter a name for the version').waitFor();
    await waitForFocus(history.getByLabel('Name of the version'), 'the label field');
    await nameVersion(history, 'First draft', 1);
    const first = versionItem(history, 1);
    await waitForText(first, /Cerys Commissioner/);
    expect(await first.locator('dt', { hasText: 'Changed since the version before by' }).locator('xpath=following-sibling::dd[1]').innerText()).toBe('Cerys Commissioner');

    // More typing: the last two words go, two others come.
    await documentOf(editor).click();
    await editor.keyboard.press('Control+End');
    for (let i = 0; i < 'each person.'.length; i++) await editor.keyboard.press('Backspace');
    await editor.keyboard.type(SECOND);
    await waitForText(statusOf(editor), SAVED);
    await nameVersion(history, 'Second draft', 2);

    const provider = await specificationPage(pedr);
    await waitForText(documentOf(provider), /with everyone, weekly\./);

    const result = await compare(history, 1, 2);
    await waitForText(result.getByRole('heading', { level: 2 }), /Changes from version 1 to version 2/);
    await waitForFocus(result.getByRole('heading', { level: 2 }), 'the result heading');
    const added = result.locator('ins', { hasText: 'weekly' });
    const removed = result.locator('del', { hasText: 'person' });
    await added.waitFor();
    await removed.waitFor();
    // Not colour alone: a line under and through, and words for screen readers.
    expect(await added.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline');
    expect(await removed.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
    expect(await added.textContent()).toMatch(/^\[added: .*weekly.*end of added text\]$/);
    expect(await removed.textContent()).toMatch(/^\[removed: .*person.*end of removed text\]$/);
    expect(await result.locator('ins', { hasText: 'Visits' }).count()).toBe(0);
    await expectAccessible(history);

    // Reading version 1 on its own, and its downloads.
    await first.getByRole('button', { name: 'View (version 1)' }).click();
    const view = history.locator('section.history__result');
    await waitForText(view, /Version 1, as it was[\s\S]*Visits are agreed with each person\./);
    await waitForFocus(view.getByRole('heading', { level: 2 }), 'the version heading');
    const markdown = first.getByRole('link', { name: 'Download Markdown (version 1)' });
    const downloaded = await history.request.get(new URL((await markdown.getAttribute('href'))!, server.url).href);
    expect(downloaded.status()).toBe(200);
    expect(await downloaded.text()).toContain(FIRST);
    expect(await first.getByRole('link', { name: 'Download HTML (version 1)' }).getAttribute('href')).toMatch(/\/versions\/1\/export\?format=html$/);

    // Restore version 1: the dialog says what happens, then the provider's open page changes live.
    await first.getByRole('button', { name: 'Restore (version 1)' }).click();
    const dialog = history.getByRole('dialog', { name: 'Restore version 1?' });
    await waitForText(dialog, /added as a new change on top[\s\S]*Everyone who has the document open sees the change straight away\./);
    await expectAccessible(history);
    await dialog.getByRole('button', { name: 'Restore version 1' }).click();
    await waitForText(history.getByRole('status'), /Version 1 was restored as version 3\./);
    await waitForText(documentOf(provider), /Visits are agreed with each person\./);
    expect(await documentOf(provider).innerText()).not.toMatch(/weekly/);
    await waitForText(documentOf(editor), /with each person\.$/m);
    await waitForText(versionItem(history, 3).getByRole('heading', { level: 3 }), /^Version 3: Restored from version 1$/);
    await waitFor(() => isFocused(first.getByRole('button', { name: 'Restore (version 1)' })), { message: 'focus back on Restore' });

    // Publishing version 2 under a label of its own.
    await versionItem(history, 2).getByRole('button', { name: 'Publish (version 2)' }).click();
    const publish = history.getByRole('dialog', { name: 'Publish version 2?' });
    await publish.getByLabel('Name of the published version').fill('Issued to providers v0.3');
    await publish.getByRole('button', { name: 'Publish version 2' }).click();
    const published = versionItem(history, 4);
    await waitForText(published, /Version 4: Issued to providers v0\.3[\s\S]*Published[\s\S]*Published from version 2/);
    await expectAccessible(history);
    for (const page of [editor, history, provider]) expect(errorsOf.get(page)).toEqual([]);
  });

  it('shows a provider the history to read and compare, without naming, restoring or publishing', async () => {
    const page = await pageFor(pedr);
    await openHistory(page, server, workspaceId, artefactId, `History of ${TITLE}`);
    await versionItem(page, 3).waitFor();
    expect(await page.getByRole('button', { name: /^Restore/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Publish/ }).count()).toBe(0);
    expect(await page.getByLabel('Name of the version').count()).toBe(0);
    const result = await compare(page, 2, 3);
    await result.locator('del', { hasText: 'weekly' }).waitFor();
    await expectAccessible(page);
    expect(errorsOf.get(page)).toEqual([]);
  });

  it('works with the keyboard alone: name a version, open and cancel a restore, compare', async () => {
    const page = await pageFor(cerys);
    await openHistory(page, server, workspaceId, artefactId, `History of ${TITLE}`);
    const label = page.getByLabel('Name of the version');
    await tabTo(page, label, 40);
    await page.keyboard.type('Keyboard version');
    await page.keyboard.press('Enter');
    await waitForText(page.getByRole('status'), /Saved as version 5: Keyboard version/);

    // Restore opens its dialog on the safe choice, and Escape leaves everything as it was.
    const restore = versionItem(page, 1).getByRole('button', { name: 'Restore (version 1)' });
    await tabTo(page, restore, 60);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Restore version 1?' });
    await waitForFocus(dialog.getByRole('button', { name: 'Cancel' }), 'Cancel in the dialog');
    await page.keyboard.press('Escape');
    await waitForFocus(restore, 'focus back on Restore');
    expect(await versionItem(page, 6).count()).toBe(0);

    const from = page.getByLabel('From version', { exact: true });
    await tabTo(page, from, 30);
    // The newest two are chosen; one step down the list makes it version 3.
    await page.keyboard.press('ArrowDown');
    await waitFor(async () => (await from.inputValue()) === '3', { message: 'version 3 chosen' });
    await tabTo(page, page.getByRole('button', { name: 'Compare', exact: true }), 5);
    await page.keyboard.press('Enter');
    await waitForFocus(page.getByRole('heading', { level: 2, name: 'Changes from version 3 to version 5' }), 'the result heading');
    expect(await dialog.count()).toBe(0);
    expect(errorsOf.get(page)).toEqual([]);
  });

  it('shows a version someone else names while the history is open, and says so politely', async () => {
    const page = await pageFor(pedr);
    await openHistory(page, server, workspaceId, artefactId, `History of ${TITLE}`);
    await versionItem(page, 4).waitFor();
    const before = await page.locator('li.version').count();
    const named = await api(server, 'POST', `/api/artefacts/${artefactId}/versions`, { label: 'Sent to the board' }, cerys.cookie);
    expect(named.status).toBe(201);
    const number = named.body.version.number as number;
    await versionItem(page, number).waitFor();
    expect(await page.locator('li.version').count()).toBe(before + 1);
    await waitForText(page.getByRole('status'), new RegExp(`A new version: Version ${number}: Sent to the board`));
    // Newest first, and the compare form offers it.
    expect(await page.locator('li.version h3').first().textContent()).toMatch(new RegExp(`^Version ${number}:`));
    expect(await page.getByLabel('To version', { exact: true }).locator(`option[value="${number}"]`).count()).toBe(1);
    await expectAccessible(page);
    expect(errorsOf.get(page)).toEqual([]);
  });

  it('reads in Welsh and passes axe', async () => {
    const page = await pageFor(cerys, 'cy');
    await page.goto(historyUrl(server, workspaceId, artefactId));
    await expectHeading(page, `Hanes ${TITLE}`);
    await waitForText(versionItem(page, 3).getByRole('heading', { level: 3 }), /^Fersiwn 3: Wedi’i hadfer o fersiwn 1$/);
    await waitForText(versionItem(page, 4), /Cyhoeddwyd/);
    await expectAccessible(page);
    const result = await compare(page, 1, 2, { from: 'O fersiwn', to: 'I fersiwn', submit: 'Cymharu' });
    await waitForText(result.getByRole('heading', { level: 2 }), /Newidiadau o fersiwn 1 i fersiwn 2/);
    expect(await result.locator('ins', { hasText: 'weekly' }).textContent()).toMatch(/^\[wedi’i ychwanegu: /);
    await expectAccessible(page);
    await versionItem(page, 1).getByRole('button', { name: 'Adfer (fersiwn 1)' }).click();
    await page.getByRole('dialog', { name: 'Adfer fersiwn 1?' }).waitFor();
    await expectAccessible(page);
    expect(errorsOf.get(page)).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { connectSyncedPeer } from '../helpers/providers.ts';
import { p, text, writeSpecification } from '../helpers/specificationContent.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { isFocused, launchBrowser, waitForText } from './helpers/browser.ts';
import { expectAccessible, expectHeading, newPerson, tabTo, waitForFocus } from './helpers/people.ts';

const SAVED = /All changes saved|Pob newid wedi'i gadw/;
const CERYS_LINE = 'Cerys wrote this.';
const SIONED_LINE = 'Sioned wrote this.';

describe('the specification editor’s tools: who is here, per-person undo, table controls', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let cerys: HttpAccount;
  let sioned: HttpAccount;
  let pedr: HttpAccount;
  let dewi: HttpAccount;
  let workspaceId: string;
  const errorsOf = new Map<Page, string[]>();

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
    sioned = await signUpOverHttp(server, 'Sioned Service');
    pedr = await signUpOverHttp(server, 'Pedr Provider');
    dewi = await signUpOverHttp(server, 'Dewi Citizen');
    const created = await api(server, 'POST', '/api/workspaces', { name: 'North 2027', model: '2', zones: ['Wrexham'] }, cerys.cookie);
    workspaceId = created.body.workspace.id as string;
    await addMember(server, workspaceId, cerys, sioned, 'service_user');
    await addMember(server, workspaceId, cerys, pedr, 'provider');
    await addMember(server, workspaceId, cerys, dewi, 'citizen');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  /** A specification a service user may co-write and a citizen may read, optionally with some text already in it. */
  async function newSpecification(title: string, paragraphs: string[] = []): Promise<string> {
    const created = await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title }, cerys.cookie);
    expect(created.status).toBe(201);
    const { id, room } = created.body.artefact as { id: string; room: string };
    const access = await api(server, 'PATCH', `/api/artefacts/${id}/access`, { access: { service_user: 'edit', citizen: 'view' } }, cerys.cookie);
    expect(access.status).toBe(200);
    if (paragraphs.length > 0) {
      // Written by another client, so it is nobody's change to undo in the browsers.
      const peer = await connectSyncedPeer(server.collabUrl, room, { headers: cerys.headers });
      writeSpecification(peer.doc.getXmlFragment('content'), paragraphs.map((line) => p(text(line))));
      await waitFor(() => !peer.provider.ws?.bufferedAmount, { message: 'content sent' });
      peer.destroy();
    }
    return id;
  }

  async function specificationPage(account: HttpAccount, artefactId: string, title: string, language?: 'cy'): Promise<Page> {
    const { context, page, errors } = await newPerson(browser, contexts, { language });
    errorsOf.set(page, errors);
    const [name, value] = account.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    await page.goto(`${server.url}/workspaces/${workspaceId}/specifications/${artefactId}`);
    await expectHeading(page, title);
    await waitForText(page.locator('#specification-status'), SAVED);
    return page;
  }

  const documentOf = (page: Page, name = 'Specification text') => page.getByRole('textbox', { name });
  const presenceOf = (page: Page, name: RegExp = /Here now/) => page.getByRole('region', { name });
  const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

  /** Puts the caret at the end of the paragraph reading `line`. */
  async function caretAfter(page: Page, line: string, documentName?: string): Promise<void> {
    await documentOf(page, documentName).getByText(line).click();
    await page.keyboard.press('End');
  }

  /** The document's text without others' caret labels (which sit inline, between the words). */
  const textOf = (page: Page) =>
    documentOf(page).evaluate((root) => {
      const copy = root.cloneNode(true) as HTMLElement;
      for (const caret of copy.querySelectorAll('.spec-caret')) caret.remove();
      return copy.textContent ?? '';
    });
  const waitForDocument = (page: Page, test: (text: string) => boolean, message: string) => waitFor(async () => test(await textOf(page)), { message });

  it('shows who is here with role and colour, and hides other people’s cursors on request', async () => {
    const artefactId = await newSpecification('Presence specification', ['Our shared aims.']);
    const commissioner = await specificationPage(cerys, artefactId, 'Presence specification');
    const serviceUser = await specificationPage(sioned, artefactId, 'Presence specification', 'cy');

    await waitForText(presenceOf(commissioner), /Here now: 2 people/);
    await waitForText(presenceOf(commissioner), /Cerys Commissioner \(you\)\s*Commissioner[\s\S]*Sioned Service\s*Person who uses care and support/);
    await waitForText(presenceOf(serviceUser, /Yma nawr/), /Yma nawr: 2 berson[\s\S]*Sioned Service \(chi\)\s*Person sy'n cael gofal a chymorth/);

    // Sioned types: Cerys sees her caret, named, in the same colour as her avatar.
    await caretAfter(serviceUser, 'Our shared aims.', 'Testun y fanyleb');
    await serviceUser.keyboard.type(' Mwy o ddewis.');
    const caret = commissioner.locator('.spec-caret__label', { hasText: 'Sioned Service' });
    await caret.waitFor();
    const avatar = presenceOf(commissioner).locator('li', { hasText: 'Sioned Service' }).locator('.avatar');
    const colours = await Promise.all([caret, avatar].map((element: Locator) => element.evaluate((node) => getComputedStyle(node).backgroundColor)));
    expect(colours[0]).toBe(colours[1]);

    // By keyboard: the checkbox hides her caret from Cerys's text, and brings it back.
    const hide = commissioner.getByRole('checkbox', { name: "Hide other people's cursors" });
    await tabTo(commissioner, hide, 40);
    await commissioner.keyboard.press('Space');
    await caret.waitFor({ state: 'hidden' });
    expect(await hide.isChecked()).toBe(true);
    await expectAccessible(commissioner);
    await commissioner.keyboard.press('Space');
    await caret.waitFor({ state: 'visible' });

    await serviceUser.getByRole('checkbox', { name: 'Cuddio cyrchyddion pobl eraill' }).waitFor();
    await expectAccessible(serviceUser);
    await waitForDocument(commissioner, (text) => text.includes('Our shared aims. Mwy o ddewis.'), 'Sioned’s words');
    expect(errorsOf.get(commissioner)).toEqual([]);
    expect(errorsOf.get(serviceUser)).toEqual([]);
  });

  it('undoes only one’s own typing, with the buttons and with Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z', async () => {
    const artefactId = await newSpecification('Undo specification', ['First line:', 'Second line:']);
    const commissioner = await specificationPage(cerys, artefactId, 'Undo specification');
    const serviceUser = await specificationPage(sioned, artefactId, 'Undo specification');
    const undo = button(commissioner, 'Undo my change');
    const redo = button(commissioner, 'Redo my change');
    // Nothing of her own yet: the text that was there is someone else's.
    expect(await undo.isDisabled()).toBe(true);
    expect(await redo.isDisabled()).toBe(true);

    await caretAfter(commissioner, 'First line:');
    // One input event each, so each person's words are one step to undo (typing key by key may take two).
    await commissioner.keyboard.insertText(` ${CERYS_LINE}`);
    await waitFor(() => undo.isEnabled(), { message: 'undo enabled' });
    await waitForDocument(serviceUser, (text) => text.includes(CERYS_LINE), 'Cerys’s line for Sioned');
    await caretAfter(serviceUser, 'Second line:');
    await serviceUser.keyboard.insertText(` ${SIONED_LINE}`);
    await waitForDocument(commissioner, (text) => text.includes(SIONED_LINE), 'Sioned’s line for Cerys');

    // Cerys undoes: her words go, for both of them; Sioned's stay.
    const cerysUndone = (text: string) => text.includes('First line:Second line:') && text.includes(`Second line: ${SIONED_LINE}`);
    await documentOf(commissioner).focus();
    await commissioner.keyboard.press('Control+z');
    await waitForDocument(commissioner, cerysUndone, 'Cerys’s typing undone');
    await waitForDocument(serviceUser, cerysUndone, 'Cerys’s typing undone for Sioned');
    await waitFor(() => redo.isEnabled(), { message: 'redo enabled' });
    expect(await undo.isDisabled()).toBe(true);
    // Sioned still has her own change to undo; none of Cerys's.
    expect(await button(serviceUser, 'Undo my change').isEnabled()).toBe(true);

    const both = `First line: ${CERYS_LINE}Second line: ${SIONED_LINE}`;
    await commissioner.keyboard.press('Control+y');
    await waitForDocument(serviceUser, (text) => text === both, 'redone by Ctrl+Y');
    await waitFor(() => redo.isDisabled(), { message: 'redo disabled' });
    await undo.click();
    await waitForDocument(serviceUser, cerysUndone, 'undone by the button');
    await waitForFocus(documentOf(commissioner), 'focus back in the document');
    await commissioner.keyboard.press('Control+Shift+z');
    await waitForDocument(serviceUser, (text) => text === both, 'redone by Ctrl+Shift+Z');
    await waitFor(() => redo.isDisabled(), { message: 'nothing left to redo' });

    // Sioned's undo takes back hers and leaves Cerys's.
    await button(serviceUser, 'Undo my change').click();
    await waitForDocument(commissioner, (text) => text === `First line: ${CERYS_LINE}Second line:`, 'Sioned’s typing undone');
    await expectAccessible(commissioner);
    expect(errorsOf.get(commissioner)).toEqual([]);
    expect(errorsOf.get(serviceUser)).toEqual([]);
  });

  it('offers row, column, header and delete controls while the caret is in a table, by keyboard too', async () => {
    const artefactId = await newSpecification('Table specification');
    const page = await specificationPage(cerys, artefactId, 'Table specification');
    const doc = documentOf(page);
    const tableGroup = page.getByRole('group', { name: 'Table', exact: true });
    await doc.click();
    await page.keyboard.type('Before the table');
    expect(await tableGroup.count()).toBe(0);
    await button(page, 'Insert table').click();
    const table = doc.getByRole('table');
    await table.waitFor();
    await waitForFocus(doc, 'caret in the table');
    await tableGroup.waitFor();
    const rows = () => table.getByRole('row').count();
    const columns = () => table.getByRole('row').first().getByRole('cell').or(table.getByRole('row').first().getByRole('columnheader')).count();
    expect(await button(page, 'Header row').getAttribute('aria-pressed')).toBe('true');

    // Keyboard: Alt+F10 from the cell to the toolbar, Tab to a table control, Enter; focus comes back to the cell.
    await page.keyboard.press('Alt+F10');
    await waitForFocus(button(page, 'Undo my change'), 'toolbar reached');
    await tabTo(page, button(page, 'Add row below'), 20);
    await page.keyboard.press('Enter');
    await waitFor(async () => (await rows()) === 4, { message: 'four rows' });
    await waitForFocus(doc, 'focus back in the table');
    // Escape from the toolbar goes back to the text as well.
    await page.keyboard.press('Alt+F10');
    await waitForFocus(button(page, 'Undo my change'), 'toolbar reached again');
    await page.keyboard.press('Escape');
    await waitForFocus(doc, 'Escape back to the table');
    await expectAccessible(page);

    // The header row goes and comes back.
    const headerRow = button(page, 'Header row');
    await headerRow.click();
    await waitFor(async () => (await table.getByRole('columnheader').count()) === 0, { message: 'no header row' });
    expect(await headerRow.getAttribute('aria-pressed')).toBe('false');
    await headerRow.click();
    await waitFor(async () => (await table.getByRole('columnheader').count()) === 3, { message: 'header row again' });
    expect(await headerRow.getAttribute('aria-pressed')).toBe('true');

    await button(page, 'Add row above').click();
    await waitFor(async () => (await rows()) === 5, { message: 'five rows' });
    await button(page, 'Add column right').click();
    await waitFor(async () => (await columns()) === 4, { message: 'four columns' });
    await button(page, 'Add column left').click();
    await waitFor(async () => (await columns()) === 5, { message: 'five columns' });
    await button(page, 'Delete row').click();
    await waitFor(async () => (await rows()) === 4, { message: 'a row deleted' });

    // Down to one column: deleting it would leave no table, so the button says no.
    for (let left = 5; left > 1; left--) {
      await button(page, 'Delete column').click();
      await waitFor(async () => (await columns()) === left - 1, { message: `${left - 1} columns` });
    }
    await waitFor(() => button(page, 'Delete column').isDisabled(), { message: 'delete column disabled' });
    expect(await button(page, 'Delete row').isEnabled()).toBe(true);

    await button(page, 'Delete table').click();
    await waitFor(async () => (await table.count()) === 0, { message: 'table deleted' });
    await waitFor(async () => (await tableGroup.count()) === 0, { message: 'table controls gone' });
    expect(await doc.innerText()).toContain('Before the table');
    expect(errorsOf.get(page)).toEqual([]);
  });

  it('names the table controls in Welsh', async () => {
    const artefactId = await newSpecification('Tabl');
    const page = await specificationPage(cerys, artefactId, 'Tabl', 'cy');
    await documentOf(page, 'Testun y fanyleb').click();
    await button(page, 'Mewnosod tabl').click();
    const group = page.getByRole('group', { name: 'Tabl', exact: true });
    await group.waitFor();
    for (const name of ['Ychwanegu rhes uwchben', 'Ychwanegu rhes islaw', 'Ychwanegu colofn i’r chwith', 'Ychwanegu colofn i’r dde', 'Dileu rhes', 'Dileu colofn', 'Rhes bennawd', 'Dileu’r tabl']) {
      await group.getByRole('button', { name, exact: true }).waitFor();
    }
    await button(page, 'Dadwneud fy newid').waitFor();
    await expectAccessible(page);
  });

  it('gives comment-only and view-only readers none of the editing tools', async () => {
    const artefactId = await newSpecification('Readers specification', ['Read this.']);
    const commissioner = await specificationPage(cerys, artefactId, 'Readers specification');
    await caretAfter(commissioner, 'Read this.');
    await commissioner.keyboard.press('Enter');
    await button(commissioner, 'Insert table').click();
    await commissioner.getByRole('group', { name: 'Table', exact: true }).waitFor();

    for (const [account, notice] of [
      [pedr, 'You can read this draft specification but not change it.'],
      [dewi, 'You can read this specification but not change it.'],
    ] as const) {
      const reader = await specificationPage(account, artefactId, 'Readers specification');
      await reader.getByText(notice).waitFor();
      await documentOf(reader).getByRole('table').waitFor();
      await waitForText(presenceOf(reader), /Cerys Commissioner/);
      await reader.getByRole('checkbox', { name: "Hide other people's cursors" }).waitFor();
      // Even with the caret in the table, no tools of any kind.
      await documentOf(reader).getByRole('table').getByRole('cell').first().click();
      await reader.keyboard.press('Alt+F10');
      for (const name of ['Undo my change', 'Redo my change', 'Bold', 'Insert table', 'Add row below', 'Delete table']) {
        expect(await button(reader, name).count(), name).toBe(0);
      }
      for (const group of ['Formatting', 'Table', 'Undo and redo']) expect(await reader.getByRole('group', { name: group, exact: true }).count(), group).toBe(0);
      expect(await isFocused(documentOf(reader))).toBe(true);
      await expectAccessible(reader);
      expect(errorsOf.get(reader)).toEqual([]);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { isFocused, launchBrowser, waitForText } from './helpers/browser.ts';
import { expectAccessible, expectHeading, newPerson, tabTo } from './helpers/people.ts';

const SAVED = /All changes saved|Pob newid wedi'i gadw/;
const FIRST = 'Each visit lasts at least thirty minutes.';

/** Comments on a specification: how providers (and everyone else) take part, live, without touching the text. */
describe('comments on a specification, live', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let cerys: HttpAccount;
  let pedr: HttpAccount;
  let carys: HttpAccount;
  let workspaceId: string;
  const errorsOf = new Map<Page, string[]>();

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
    pedr = await signUpOverHttp(server, 'Pedr Provider');
    carys = await signUpOverHttp(server, 'Carys Carer');
    const created = await api(server, 'POST', '/api/workspaces', { name: 'North 2027', model: '2', zones: ['Wrexham'] }, cerys.cookie);
    workspaceId = created.body.workspace.id as string;
    // addMember names the provider's organisation ("Pedr Provider's agency").
    await addMember(server, workspaceId, cerys, pedr, 'provider');
    await addMember(server, workspaceId, cerys, carys, 'carer');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function newSpecification(title: string): Promise<string> {
    const created = await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title }, cerys.cookie);
    expect(created.status).toBe(201);
    return created.body.artefact.id as string;
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
  const panelOf = (page: Page, name = 'Comments') => page.getByRole('complementary', { name });
  const threadOn = (page: Page, quote: string) => panelOf(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: `On “${quote}”` }) });

  /** Selects `word` in the document as a mouse would (a DOM selection; ProseMirror reads it, editable or not). */
  async function selectWord(page: Page, doc: Locator, word: string): Promise<void> {
    await doc.evaluate((root, target) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(target);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + target.length);
        (root as HTMLElement).focus();
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`no text ${target}`);
    }, word);
    // ProseMirror picks the DOM selection up on selectionchange.
    await page.waitForTimeout(100);
  }

  /**
   * Ctrl+Home, until the caret is at the start of the text. A remote change (another person's caret)
   * landing in the moment before the editor reads the browser's new caret can put the old one back.
   */
  async function caretToStart(page: Page, doc: Locator): Promise<void> {
    await waitFor(
      async () => {
        await page.keyboard.press('Control+Home');
        await page.waitForTimeout(100);
        return doc.evaluate((root) => {
          const selection = window.getSelection();
          if (!selection || !selection.isCollapsed || !selection.anchorNode || !root.contains(selection.anchorNode)) return false;
          const range = document.createRange();
          range.setStart(root, 0);
          range.setEnd(selection.anchorNode, selection.anchorOffset);
          return range.toString() === '';
        });
      },
      { message: 'caret at the start' },
    );
  }

  it('lets a provider comment while the commissioner types; the commissioner sees it live, replies and resolves it', async () => {
    const artefactId = await newSpecification('Visits specification');
    const commissioner = await specificationPage(cerys, artefactId, 'Visits specification');
    await documentOf(commissioner).click();
    await commissioner.keyboard.type(FIRST);
    await waitForText(commissioner.locator('#specification-status'), SAVED);

    const provider = await specificationPage(pedr, artefactId, 'Visits specification');
    const carer = await specificationPage(carys, artefactId, 'Visits specification');
    await waitForText(documentOf(provider), /thirty minutes/);
    await panelOf(provider).getByText('No comments yet.').waitFor();

    // The provider selects text and comments on it while the commissioner keeps typing before it.
    await selectWord(provider, documentOf(provider), 'thirty minutes');
    await provider.getByRole('button', { name: 'Comment', exact: true }).click();
    await provider.getByText('On “thirty minutes”').waitFor();
    await caretToStart(commissioner, documentOf(commissioner));
    await commissioner.keyboard.type('Rule one. ');
    await provider.getByLabel('Your comment').fill('Thirty minutes is too short for people with dementia.');
    await provider.getByRole('button', { name: 'Add comment' }).click();
    await threadOn(provider, 'thirty minutes').waitFor();

    // Live for the commissioner and the carer, highlighted on the same words though the text moved.
    const commissionerThread = threadOn(commissioner, 'thirty minutes');
    await waitForText(commissionerThread, /too short for people with dementia/);
    await waitForText(commissionerThread, /Pedr Provider's agency/);
    await waitForText(threadOn(carer, 'thirty minutes'), /too short/);
    await waitForText(documentOf(commissioner), /^Rule one\. Each visit/);
    await waitFor(async () => (await documentOf(commissioner).locator('.spec-comment').allInnerTexts()).join('') === 'thirty minutes', { message: 'highlight on the quoted words' });
    expect(await documentOf(commissioner).locator('.spec-comment').first().innerText()).toBe('thirty minutes');

    // The commissioner replies and resolves; the provider sees both live.
    await commissionerThread.getByLabel('Reply').fill('We will make it forty-five minutes.');
    await commissionerThread.getByRole('button', { name: 'Send reply' }).click();
    await commissionerThread.getByRole('button', { name: 'Resolve' }).click();
    const providerThread = threadOn(provider, 'thirty minutes');
    await waitForText(providerThread, /forty-five minutes/);
    await waitForText(providerThread, /Resolved/);
    await commissionerThread.getByRole('button', { name: 'Reopen' }).waitFor();

    // The provider edits their own comment; there is no edit button on the commissioner's.
    expect(await providerThread.getByRole('button', { name: 'Edit' }).count()).toBe(1);
    await providerThread.getByRole('button', { name: 'Edit' }).click();
    await providerThread.getByLabel('Edit your comment').fill('Thirty minutes is too short for many people.');
    await providerThread.getByRole('button', { name: 'Save' }).click();
    await waitForText(commissionerThread, /too short for many people\. \(edited\)|too short for many people/);

    // The provider still cannot type into the document, and nothing they did reached it.
    const before = await documentOf(provider).innerText();
    await documentOf(provider).click();
    await provider.keyboard.type('Provider was here');
    await provider.waitForTimeout(300);
    expect(await documentOf(provider).innerText()).toBe(before);
    expect(await documentOf(commissioner).innerText()).not.toMatch(/Provider was here/);

    // The words go: the thread is kept, shown as detached.
    await selectWord(commissioner, documentOf(commissioner), 'thirty minutes');
    await commissioner.keyboard.press('Backspace');
    await waitForText(threadOn(provider, 'thirty minutes'), /Detached/);
    await waitForText(commissionerThread, /has been deleted/);

    await expectAccessible(commissioner);
    await expectAccessible(provider);
    for (const page of [commissioner, provider, carer]) expect(errorsOf.get(page)).toEqual([]);
  });

  it('adds a comment with the keyboard alone, and reads in Welsh with axe passing', async () => {
    const artefactId = await newSpecification('Manyleb sylwadau');
    const commissioner = await specificationPage(cerys, artefactId, 'Manyleb sylwadau');
    const doc = documentOf(commissioner);
    await tabTo(commissioner, doc, 40);
    await commissioner.keyboard.type('Pobl sy’n penderfynu pryd.');
    // Select the last word (and full stop) with Shift+Arrow, then the shortcut.
    for (let i = 0; i < 'pryd.'.length; i++) await commissioner.keyboard.press('Shift+ArrowLeft');
    await commissioner.keyboard.press('Control+Alt+KeyM');
    const field = commissioner.getByLabel('Your comment');
    await waitFor(() => isFocused(field), { message: 'the comment field has focus' });
    await commissioner.keyboard.type('Who decides, exactly?');
    await commissioner.keyboard.press('Tab');
    await commissioner.keyboard.press('Enter');
    await threadOn(commissioner, 'pryd.').waitFor();
    await waitFor(() => isFocused(doc), { message: 'focus back in the document' });
    await commissioner.getByRole('status').filter({ hasText: 'Comment added.' }).waitFor();
    await waitForText(doc.locator('.spec-comment'), /^pryd\.$/);

    // The same, by Tab: select, then reach the Comment button.
    await caretToStart(commissioner, doc);
    for (let i = 0; i < 'Pobl'.length; i++) await commissioner.keyboard.press('Shift+ArrowRight');
    // A person pauses before moving on; the editor reads the browser's selection a moment after the keys.
    await waitFor(async () => (await commissioner.evaluate(() => String(window.getSelection()))) === 'Pobl', { message: 'Pobl selected' });
    await commissioner.waitForTimeout(200);
    await tabTo(commissioner, commissioner.getByRole('button', { name: 'Comment', exact: true }), 10);
    await commissioner.keyboard.press('Enter');
    await commissioner.getByText('On “Pobl”').waitFor();
    await commissioner.keyboard.press('Escape');

    const provider = await specificationPage(pedr, artefactId, 'Manyleb sylwadau', 'cy');
    const panel = panelOf(provider, 'Sylwadau');
    await waitForText(panel, /Who decides, exactly\?/);
    await waitForText(panel, /Does dim ymgynghoriad/);
    await panel.getByRole('button', { name: 'Sylw', exact: true }).waitFor();

    // The document is read-only for the provider, yet the keyboard still selects: arrows move, Shift extends.
    const readOnlyDoc = documentOf(provider, 'Testun y fanyleb');
    await tabTo(provider, readOnlyDoc, 40);
    for (let i = 0; i < 'Pobl '.length; i++) await provider.keyboard.press('ArrowRight');
    for (let i = 0; i < 'sy’n'.length; i++) await provider.keyboard.press('Shift+ArrowRight');
    await provider.keyboard.press('Control+Alt+KeyM');
    const welshField = provider.getByLabel('Eich sylw');
    await waitFor(() => isFocused(welshField), { message: 'the Welsh comment field has focus' });
    await provider.keyboard.type('Pwy yn union?');
    await provider.keyboard.press('Tab');
    await provider.keyboard.press('Enter');
    await panel.getByRole('heading', { name: 'Ar “sy’n”' }).waitFor();
    await waitForText(threadOn(commissioner, 'sy’n'), /Pwy yn union\?/);
    // "Show in the text" selects the thread's words, read-only as the document is.
    await panel.getByRole('listitem').filter({ has: provider.getByRole('heading', { name: 'Ar “pryd.”' }) }).getByRole('button', { name: 'Dangos yn y testun' }).click();
    await waitFor(async () => (await provider.evaluate(() => String(window.getSelection()))) === 'pryd.', { message: 'the thread’s words selected' });
    // Nothing reached the text (the commissioner's caret label aside).
    expect((await readOnlyDoc.innerText()).replace(/\n?Cerys Commissioner\n?/, '')).toBe('Pobl sy’n penderfynu pryd.');
    await expectAccessible(provider);
    expect(errorsOf.get(provider)).toEqual([]);
  });

  it('shows the consultation, and "comments closed" once it has closed', async () => {
    const artefactId = await newSpecification('Closed specification');
    const opened = await api(server, 'POST', `/api/artefacts/${artefactId}/consultations`, { closesAt: new Date(Date.now() + 86_400_000).toISOString(), visibility: 'confidential' }, cerys.cookie);
    expect(opened.status).toBe(201);
    const provider = await specificationPage(pedr, artefactId, 'Closed specification');
    await waitForText(panelOf(provider), /Consultation open until .* \(each provider sees only their own organisation’s comments\)/);
    await provider.getByRole('button', { name: 'Comment', exact: true }).waitFor();
    // Closing is pushed live: the Comment button goes and the notice comes.
    expect((await api(server, 'POST', `/api/artefacts/${artefactId}/consultations/close`, {}, cerys.cookie)).status).toBe(200);
    await waitForText(panelOf(provider), /Comments closed/);
    expect(await provider.getByRole('button', { name: 'Comment', exact: true }).count()).toBe(0);
  });
});

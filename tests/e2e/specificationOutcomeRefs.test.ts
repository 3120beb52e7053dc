import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { addOutcome, deleteOutcome, outcomeText, setStatus } from '../../shared/outcomes/outcomeDoc.ts';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { connectSyncedPeer, type TestPeer } from '../helpers/providers.ts';
import { el, p, text, writeSpecification } from '../helpers/specificationContent.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { isFocused, launchBrowser, waitForText } from './helpers/browser.ts';
import { expectAccessible, expectHeading, newPerson } from './helpers/people.ts';

const SAVED = /All changes saved|Pob newid wedi'i gadw/;
const FIRST = 'I choose when my visits happen';
const SECOND = 'I feel safe in my own home';
const CHANGED = 'I choose when and how my visits happen';

describe('outcome references in a specification', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let cerys: HttpAccount;
  let pedr: HttpAccount;
  let outcomesArtefactId: string;
  let workspaceId: string;
  /** A second person editing the framework over a real y-websocket provider, as the outcomes page does. */
  let framework: TestPeer;
  let firstId: string;

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
    const created = await api(server, 'POST', '/api/workspaces', { name: 'North 2027', model: '2', zones: ['Wrexham'] }, cerys.cookie);
    workspaceId = created.body.workspace.id as string;
    const outcomesArtefact = (created.body.workspace.artefacts as Array<{ id: string; kind: string; room: string }>).find((a) => a.kind === 'outcomes')!;
    outcomesArtefactId = outcomesArtefact.id;
    const outcomesRoom = outcomesArtefact.room;
    pedr = await signUpOverHttp(server, 'Pedr Provider');
    await addMember(server, workspaceId, cerys, pedr, 'provider');
    framework = await connectSyncedPeer(server.collabUrl, outcomesRoom, { headers: cerys.headers });
    firstId = addOutcome(framework.doc, { statement: FIRST, status: 'agreed' });
    addOutcome(framework.doc, { statement: SECOND });
    await sent(framework);
  });

  afterAll(async () => {
    framework?.destroy();
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  function sent(peer: TestPeer) {
    return waitFor(() => peer.provider.synced && !peer.provider.ws?.bufferedAmount, { message: 'framework change sent' });
  }

  async function newSpecification(title: string): Promise<string> {
    return (await newSpecificationRoom(title)).id;
  }

  async function newSpecificationRoom(title: string): Promise<{ id: string; room: string }> {
    const created = await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title }, cerys.cookie);
    expect(created.status).toBe(201);
    return { id: created.body.artefact.id as string, room: created.body.artefact.room as string };
  }

  async function specificationPage(artefactId: string, title: string, language?: 'cy', account = cerys): Promise<{ page: Page; errors: string[] }> {
    const { context, page, errors } = await newPerson(browser, contexts, { language });
    const [name, value] = account.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    await page.goto(`${server.url}/workspaces/${workspaceId}/specifications/${artefactId}`);
    await expectHeading(page, title);
    await waitForText(page.locator('#specification-status'), SAVED);
    return { page, errors };
  }

  /** Presses Shift+Tab until `target` has focus: back from the document to the toolbar. */
  async function shiftTabTo(page: Page, target: Locator, limit = 20): Promise<void> {
    for (let presses = 0; presses < limit && !(await isFocused(target)); presses++) await page.keyboard.press('Shift+Tab');
    expect(await isFocused(target), `focus reached ${target}`).toBe(true);
  }

  it('inserts a reference by keyboard that follows the framework live: new words, retired, deleted, and after a reload', async () => {
    const artefactId = await newSpecification('Referring specification');
    const { page, errors } = await specificationPage(artefactId, 'Referring specification');
    const doc = page.getByRole('textbox', { name: 'Specification text' });
    const chip = doc.locator('.outcome-ref');
    await doc.click();
    await page.keyboard.type('We will deliver ');

    const insertButton = page.getByRole('button', { name: 'Insert outcome reference' });
    await shiftTabTo(page, insertButton);
    await page.keyboard.press('Enter');
    const search = page.getByRole('combobox', { name: 'Find an outcome' });
    await waitFor(() => isFocused(search), { message: 'search focused' });
    const options = page.getByRole('listbox', { name: 'Outcomes in the framework' }).getByRole('option');
    expect(await options.allInnerTexts()).toEqual([`Outcome 1: ${FIRST}`, `Outcome 2: ${SECOND}`]);
    await expectAccessible(page);
    await page.keyboard.type('no such words');
    await page.getByRole('status').getByText('No outcome matches.').waitFor();
    expect(await options.count()).toBe(0);
    await expectAccessible(page);

    // Escape cancels: nothing inserted, focus back in the document.
    await page.keyboard.press('Escape');
    await waitFor(() => isFocused(doc), { message: 'focus back in the document' });
    expect(await search.count()).toBe(0);
    expect(await chip.count()).toBe(0);

    // Arrows move through the options, Enter inserts the active one.
    await shiftTabTo(page, insertButton);
    await page.keyboard.press('Enter');
    await waitFor(() => isFocused(search), { message: 'search focused' });
    await page.keyboard.press('ArrowDown');
    await waitForText(page.locator(`[id="${await search.getAttribute('aria-activedescendant')}"]`), /Outcome 2/);
    await page.keyboard.press('ArrowUp');
    await waitForText(page.locator(`[id="${await search.getAttribute('aria-activedescendant')}"]`), /Outcome 1/);
    await page.keyboard.press('Enter');
    await waitForText(chip, new RegExp(FIRST));
    expect(await search.count()).toBe(0);
    await waitFor(() => isFocused(doc), { message: 'focus back in the document' });
    await page.keyboard.type(' from 2027.');
    // The chip sits in the sentence; its hidden "Outcome 1:" is for screen readers.
    await waitForText(doc, new RegExp(`We will deliver\\s*Outcome 1:\\s*${FIRST} from 2027\\.`));
    expect(await chip.getAttribute('data-outcome-id')).toBe(firstId);
    await waitForText(page.locator('#specification-status'), SAVED);

    // Someone rewords the outcome in the framework: the specification shows the new words live.
    const statement = outcomeText(framework.doc, firstId, 'statement');
    framework.doc.transact(() => {
      statement.delete(0, statement.length);
      statement.insert(0, CHANGED);
    });
    await sent(framework);
    await waitForText(chip, new RegExp(CHANGED));

    setStatus(framework.doc, firstId, 'retired');
    await sent(framework);
    await waitForText(chip, new RegExp(`retired[\\s\\S]*${CHANGED}`));
    await expectAccessible(page);

    // Reloaded, the reference is still there, still read from the framework.
    await page.reload();
    await waitForText(page.locator('#specification-status'), SAVED);
    await waitForText(doc.locator('.outcome-ref'), new RegExp(`retired[\\s\\S]*${CHANGED}`));

    // A retired outcome is not offered for new references.
    await insertButton.click();
    await waitFor(() => isFocused(search), { message: 'search focused' });
    expect(await options.allInnerTexts()).toEqual([`Outcome 2: ${SECOND}`]);
    await page.keyboard.press('Escape');

    deleteOutcome(framework.doc, firstId);
    await sent(framework);
    await waitForText(doc.locator('.outcome-ref'), /deleted outcome/);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  // Runs after the first test, which deleted outcome 1: the remaining one may be numbered 1 or 2.
  it('works in Welsh, and passes axe', async () => {
    const artefactId = await newSpecification('Manyleb canlyniadau');
    const { page, errors } = await specificationPage(artefactId, 'Manyleb canlyniadau', 'cy');
    const doc = page.getByRole('textbox', { name: 'Testun y fanyleb' });
    await doc.click();
    await page.keyboard.type('Byddwn yn cyflawni ');
    await shiftTabTo(page, page.getByRole('button', { name: 'Mewnosod cyfeiriad at ganlyniad' }));
    await page.keyboard.press('Enter');
    const search = page.getByRole('combobox', { name: 'Dod o hyd i ganlyniad' });
    await waitFor(() => isFocused(search), { message: 'search focused' });
    // Searching by words of the statement.
    await page.keyboard.type('safe');
    expect(await page.getByRole('listbox', { name: 'Canlyniadau yn y fframwaith' }).getByRole('option').allInnerTexts()).toEqual([expect.stringMatching(new RegExp(`^Canlyniad \\d: ${SECOND}$`))]);
    await expectAccessible(page);
    await page.keyboard.press('Enter');
    await waitForText(doc.locator('.outcome-ref'), new RegExp(SECOND));
    await waitFor(() => isFocused(doc), { message: 'focus back in the document' });
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('shows a provider the statement read-only, and only "[outcome]" once the framework is closed to providers', async () => {
    const current = addOutcome(framework.doc, { statement: 'I get help with my shopping', status: 'agreed' });
    await sent(framework);
    const { id, room } = await newSpecificationRoom('Provider reads references');
    const writer = await connectSyncedPeer(server.collabUrl, room, { headers: cerys.headers });
    writeSpecification(writer.doc.getXmlFragment('content'), [p(text('Providers deliver '), el('outcomeRef', { outcomeId: current }), text('.'))]);
    await sent(writer);
    writer.destroy();

    const { page, errors } = await specificationPage(id, 'Provider reads references', undefined, pedr);
    const doc = page.getByRole('textbox', { name: 'Specification text' });
    await waitForText(doc.locator('.outcome-ref'), /I get help with my shopping/);
    expect(await page.getByRole('button', { name: 'Insert outcome reference' }).count()).toBe(0);
    await expectAccessible(page);

    const closed = await api(server, 'PATCH', `/api/artefacts/${outcomesArtefactId}/access`, { access: { provider: 'none' } }, cerys.cookie);
    expect(closed.status).toBe(200);
    // Live: the server closes the provider's framework socket; the words go at once.
    await waitForText(doc.locator('.outcome-ref'), /^\s*(Outcome reference:\s*)?\[outcome\]\s*$/);
    await page.reload();
    await waitForText(page.locator('#specification-status'), SAVED);
    await waitForText(doc, /Providers deliver\s*(Outcome reference:\s*)?\[outcome\]\s*\./);
    expect(await doc.innerText()).not.toMatch(/shopping/);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
});

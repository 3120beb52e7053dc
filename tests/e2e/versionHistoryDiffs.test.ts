import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addNode, connect, setNodeText } from '../../shared/maps/mapDoc.ts';
import { addOutcome, outcomeText, setStatus } from '../../shared/outcomes/outcomeDoc.ts';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { connectSyncedPeer, type TestPeer } from '../helpers/providers.ts';
import { el, p, text, writeSpecification } from '../helpers/specificationContent.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { launchBrowser, waitForText } from './helpers/browser.ts';
import { expectAccessible, expectHeading } from './helpers/people.ts';
import { compare, historyUrl, openHistory, signedInPage, versionItem } from './helpers/versionHistory.ts';

describe('the version history of an outcome framework, a process map, and a specification read on its own', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const peers: TestPeer[] = [];
  let cerys: HttpAccount;
  let dafydd: HttpAccount;
  let workspaceId: string;
  let outcomes: { id: string; room: string; title: string };

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
    dafydd = await signUpOverHttp(server, 'Dafydd Citizen');
    const created = await api(server, 'POST', '/api/workspaces', { name: 'Gwent 2028', model: '1' }, cerys.cookie);
    workspaceId = created.body.workspace.id as string;
    outcomes = created.body.workspace.artefacts[0];
    await addMember(server, workspaceId, cerys, dafydd, 'citizen');
  });
  afterEach(() => {
    for (const peer of peers.splice(0)) peer.destroy();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  const storedCount = async (room: string) =>
    Number(
      (await server.server.db.selectFrom('document_updates').select((eb) => eb.fn.countAll<number>().as('n')).where('document_name', '=', room).executeTakeFirstOrThrow()).n,
    );

  /** Changes made through the live room, as an editor would; waits until the server has stored every one (a version covers what is stored). */
  async function edit(room: string, change: (peer: TestPeer) => void): Promise<void> {
    const peer = await connectSyncedPeer(server.collabUrl, room, { headers: cerys.headers });
    peers.push(peer);
    const before = await storedCount(room);
    let sent = 0;
    peer.doc.on('update', () => sent++);
    change(peer);
    await waitFor(async () => ((await storedCount(room)) >= before + sent ? true : null), { message: `${sent} changes stored` });
    peer.destroy();
    peers.splice(peers.indexOf(peer), 1);
  }

  const name = async (artefactId: string, label: string) =>
    expect((await api(server, 'POST', `/api/artefacts/${artefactId}/versions`, { label }, cerys.cookie)).status).toBe(201);

  async function pageFor(account: HttpAccount, language?: 'cy'): Promise<{ page: Page; errors: string[] }> {
    return signedInPage(browser, contexts, server, account, language);
  }

  it('shows an outcome’s field changes as a before and after table, in words the framework uses', async () => {
    let id = '';
    await edit(outcomes.room, (peer) => {
      id = addOutcome(peer.doc, { statement: 'I can stay in my own home' });
    });
    await name(outcomes.id, 'Workshop 1');
    await edit(outcomes.room, (peer) => {
      const statement = outcomeText(peer.doc, id, 'statement')!;
      statement.insert(statement.length, ', with help when I need it');
      setStatus(peer.doc, id, 'agreed');
    });
    await name(outcomes.id, 'Workshop 2');

    // A citizen may read the framework, so also its history; from the framework page's link.
    const { page, errors } = await pageFor(dafydd);
    await page.goto(`${server.url}/workspaces/${workspaceId}/outcomes`);
    await expectHeading(page, 'Outcome framework');
    await page.getByRole('link', { name: 'Version history' }).click();
    await expectHeading(page, `History of ${outcomes.title}`);
    await versionItem(page, 2).waitFor();
    const result = await compare(page, 1, 2);
    const change = result.getByRole('listitem').filter({ hasText: 'Changed' });
    await waitForText(change.getByRole('heading', { level: 3 }), /Changed I can stay in my own home, with help when I need it/);
    const rows = await change.getByRole('row').allInnerTexts();
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
      'Field Before After',
      "What matters, in the person's own words I can stay in my own home I can stay in my own home, with help when I need it",
      'Status Proposed Agreed',
    ]);
    await expectAccessible(page);

    await versionItem(page, 1).getByRole('button', { name: 'View (version 1)' }).click();
    await waitForText(page.locator('section.history__result'), /Outcome 1: I can stay in my own home\n[\s\S]*Status\s+Proposed/);
    expect(await page.getByRole('button', { name: /^Restore/ }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows a map’s items and connections added, removed and changed, and reads a version by stage, in Welsh', async () => {
    const map = (await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'map', title: 'Involvement map' }, cerys.cookie)).body.artefact;
    let survey = '';
    let drop = '';
    await edit(map.room, (peer) => {
      const start = addNode(peer.doc, { label: 'Scoping workshop', stage: 'define' });
      survey = addNode(peer.doc, { label: 'Survey', stage: 'design' });
      connect(peer.doc, start, survey, 'then');
    });
    await name(map.id, 'Before the drop-in');
    await edit(map.room, (peer) => {
      setNodeText(peer.doc, survey, 'label', 'Online survey');
      drop = addNode(peer.doc, { label: 'Drop-in', stage: 'implement', kind: 'method', method: 'drop_in' });
      connect(peer.doc, survey, drop);
    });
    await name(map.id, 'After');

    const { page, errors } = await pageFor(cerys, 'cy');
    await openHistory(page, server, workspaceId, map.id, 'Hanes Involvement map');
    const result = await compare(page, 1, 2, { from: 'O fersiwn', to: 'I fersiwn', submit: 'Cymharu' });
    await waitForText(result, /Eitemau ar y map[\s\S]*Newidiwyd Online survey[\s\S]*Cysylltiadau/);
    await waitForText(result, /Eitemau ar y map[\s\S]*Ychwanegwyd Drop-in[\s\S]*Cysylltiadau/);
    const changed = result.getByRole('listitem').filter({ hasText: 'Newidiwyd Online survey' });
    expect((await changed.getByRole('row').nth(1).innerText()).replace(/\s+/g, ' ').trim()).toBe('Enw Survey Online survey');
    await waitForText(result, /Cysylltiadau[\s\S]*Ychwanegwyd Online survey → Drop-in/);
    await expectAccessible(page);

    await versionItem(page, 2).getByRole('button', { name: 'Gweld (fersiwn 2)' }).click();
    const view = page.locator('section.history__result');
    const implement = view.getByRole('region', { name: 'Gweithredu' });
    await waitForText(view, /Fersiwn 2, fel yr oedd/);
    await waitForText(implement.first(), /Drop-in/);
    expect(drop).not.toBe('');
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
  it('reads a specification version from its export: headings under the page’s, unsafe links without a target; no access said plainly', async () => {
    const spec = (await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: 'Raw specification' }, cerys.cookie)).body.artefact;
    // Straight into the shared document, as a crafted client could: no editor rules applied.
    await edit(spec.room, (peer) => {
      writeSpecification(peer.doc.getXmlFragment('content'), [
        el('heading', { level: '1', onclick: 'window.__owned = true' }, text('Raw heading')),
        p(text('script link', { link: { href: 'javascript:window.__owned=true' } }), text(' and '), text('safe link', { link: { href: 'https://gov.wales/' } })),
      ]);
    });
    await name(spec.id, 'Raw');
    const { page, errors } = await pageFor(cerys);
    await openHistory(page, server, workspaceId, spec.id, 'History of Raw specification');
    await versionItem(page, 1).getByRole('button', { name: 'View (version 1)' }).click();
    const view = page.locator('.version-text');
    await view.getByRole('heading', { level: 3, name: 'Raw heading' }).waitFor();
    expect(await view.getByRole('link').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([['safe link', 'https://gov.wales/']]);
    expect(await view.evaluate((root) => [...root.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.name)))).toEqual(['href', 'rel']);
    expect(await page.evaluate(() => (window as unknown as { __owned?: boolean }).__owned ?? false)).toBe(false);
    await expectAccessible(page);
    expect(errors).toEqual([]);

    // A citizen has no access to specifications: the history says so plainly, as the specification page would.
    const citizen = await pageFor(dafydd);
    await citizen.page.goto(historyUrl(server, workspaceId, spec.id));
    await expectHeading(citizen.page, 'History not found');
    await citizen.page.getByText('This document does not exist, or you do not have access to it.').waitFor();
    await citizen.page.goto(historyUrl(server, 'no-such-workspace', spec.id));
    await expectHeading(citizen.page, 'History not found');
  });
});

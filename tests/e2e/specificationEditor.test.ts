import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { connectSyncedPeer } from '../helpers/providers.ts';
import { el, p, text, writeSpecification } from '../helpers/specificationContent.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { isFocused, launchBrowser, waitForText } from './helpers/browser.ts';
import { expectAccessible, expectHeading, newPerson, tabTo } from './helpers/people.ts';

const SAVED = /All changes saved|Pob newid wedi'i gadw/;
const TITLE = 'Home care specification 2027';
const TYPED = 'Older people in Wrexham want more say over their visits.';

describe('the specification editor, co-written live', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let cerys: HttpAccount;
  let pedr: HttpAccount;
  let workspaceId: string;

  async function newSpecification(title: string): Promise<string> {
    return (await newSpecificationRoom(title)).id;
  }

  async function newSpecificationRoom(title: string): Promise<{ id: string; room: string }> {
    const created = await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title }, cerys.cookie);
    expect(created.status).toBe(201);
    return { id: created.body.artefact.id as string, room: created.body.artefact.room as string };
  }

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
    pedr = await signUpOverHttp(server, 'Pedr Provider');
    const created = await api(server, 'POST', '/api/workspaces', { name: 'North 2027', model: '2', zones: ['Wrexham'] }, cerys.cookie);
    workspaceId = created.body.workspace.id as string;
    await addMember(server, workspaceId, cerys, pedr, 'provider');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  /** Script errors per page: none are expected, read-only or not. */
  const errorsOf = new Map<Page, string[]>();
  const statusOf = (page: Page) => page.locator('#specification-status');
  const documentOf = (page: Page, name = 'Specification text') => page.getByRole('textbox', { name });

  /** A signed-in person's browser (session cookie from the API: signing in has its own tests) on a specification. */
  async function specificationPage(account: HttpAccount, artefactId: string, title = TITLE, language?: 'cy'): Promise<Page> {
    const { context, page, errors } = await newPerson(browser, contexts, { language });
    errorsOf.set(page, errors);
    const [name, value] = account.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    await page.goto(`${server.url}/workspaces/${workspaceId}/specifications/${artefactId}`);
    await expectHeading(page, title);
    await waitForText(statusOf(page), SAVED);
    return page;
  }

  /** Presses Shift+Tab until `target` has focus: back from the document to the toolbar. */
  async function shiftTabTo(page: Page, target: Locator, limit = 15): Promise<void> {
    for (let presses = 0; presses < limit && !(await isFocused(target)); presses++) await page.keyboard.press('Shift+Tab');
    expect(await isFocused(target), `focus reached ${target}`).toBe(true);
  }

  it('lets a commissioner start from the template and write while a provider reads live, read-only, and keeps it after a reload', async () => {
    const artefactId = await newSpecification(TITLE);
    const commissioner = await specificationPage(cerys, artefactId);
    await commissioner.getByRole('button', { name: 'Start from the template for Model 2: Rewarding outcomes' }).click();
    const doc = documentOf(commissioner);
    for (const section of ['Identifying the need', 'Gathering the data', 'What the specification should not do', 'Model 2: rewarding outcomes']) {
      await doc.getByRole('heading', { name: section }).waitFor();
    }
    await expectAccessible(commissioner);

    // The contents link puts the caret at the heading; a new paragraph goes under it.
    await commissioner.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Identifying the need' }).click();
    await commissioner.keyboard.press('End');
    await commissioner.keyboard.press('Enter');
    await commissioner.keyboard.type(TYPED);
    await waitForText(statusOf(commissioner), SAVED);

    const provider = await specificationPage(pedr, artefactId);
    await waitForText(documentOf(provider), new RegExp(TYPED));
    await provider.getByText('You can read this draft specification but not change it.').waitFor();
    expect(await provider.getByRole('button', { name: 'Bold' }).count()).toBe(0);
    // The commissioner's caret, named as the server knows them.
    await commissioner.keyboard.type(' Live.');
    await waitForText(provider.locator('.spec-caret__label'), /Cerys Commissioner/);
    await waitForText(documentOf(provider), /over their visits\. Live\./);

    // The provider tries to type: nothing changes, for them or for anyone.
    const before = await documentOf(provider).innerText();
    await documentOf(provider).getByRole('heading', { name: 'Gathering the data' }).click();
    await provider.keyboard.type('Provider was here');
    await provider.keyboard.press('Enter');
    await provider.waitForTimeout(500);
    expect(await documentOf(provider).innerText()).toBe(before);
    expect(await documentOf(commissioner).innerText()).not.toMatch(/Provider was here/);
    // Nothing was even sent: the server would have closed the connection for it.
    await waitForText(statusOf(provider), SAVED);
    await expectAccessible(provider);
    expect(errorsOf.get(provider)).toEqual([]);

    await commissioner.reload();
    await waitForText(statusOf(commissioner), SAVED);
    await waitForText(documentOf(commissioner), new RegExp(`${TYPED} Live\\.`));
    expect(await documentOf(commissioner).innerText()).not.toMatch(/Provider was here/);
    expect(errorsOf.get(commissioner)).toEqual([]);
  });

  it('reads in Welsh, with the read-only notice, and passes axe', async () => {
    const artefactId = await newSpecification('Manyleb 2027');
    const commissioner = await specificationPage(cerys, artefactId, 'Manyleb 2027', 'cy');
    await commissioner.getByRole('button', { name: 'Dechrau o’r templed ar gyfer Model 2: Gwobrwyo canlyniadau' }).click();
    await documentOf(commissioner, 'Testun y fanyleb').getByRole('heading', { name: 'Nodi’r angen' }).waitFor();
    await expectAccessible(commissioner);
    await waitForText(statusOf(commissioner), SAVED);

    const provider = await specificationPage(pedr, artefactId, 'Manyleb 2027', 'cy');
    await provider.getByText('Gallwch ddarllen y fanyleb ddrafft hon ond nid ei newid.').waitFor();
    await documentOf(provider, 'Testun y fanyleb').getByRole('heading', { name: 'Casglu’r data' }).waitFor();
    // Read-only, a contents link moves focus onto the heading itself.
    await provider.getByRole('navigation', { name: 'Cynnwys' }).getByRole('link', { name: 'Casglu’r data' }).click();
    await waitFor(() => isFocused(documentOf(provider, 'Testun y fanyleb').getByRole('heading', { name: 'Casglu’r data' })), { message: 'heading focused' });
    await expectAccessible(provider);
  });

  it('applies a heading and a bulleted list with the keyboard alone', async () => {
    const artefactId = await newSpecification('Keyboard specification');
    const page = await specificationPage(cerys, artefactId, 'Keyboard specification');
    const doc = documentOf(page);
    await tabTo(page, doc, 40);
    await page.keyboard.type('Keyboard heading');
    const headingButton = page.getByRole('button', { name: 'Heading', exact: true });
    await shiftTabTo(page, headingButton);
    expect(await headingButton.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Enter');
    await doc.getByRole('heading', { level: 2, name: 'Keyboard heading' }).waitFor();
    await waitFor(() => isFocused(doc), { message: 'focus back in the document' });
    expect(await headingButton.getAttribute('aria-pressed')).toBe('true');

    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('First point');
    const bullets = page.getByRole('button', { name: 'Bulleted list' });
    await shiftTabTo(page, bullets);
    await page.keyboard.press('Space');
    await doc.locator('ul li', { hasText: 'First point' }).waitFor();
    await waitFor(() => isFocused(doc), { message: 'focus back in the document' });
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Second point');
    await waitFor(async () => (await doc.locator('ul li').count()) === 2, { message: 'two bullets' });
    expect(await bullets.getAttribute('aria-pressed')).toBe('true');
    await waitForText(statusOf(page), SAVED);
  });

  it('makes links only to http, https and mailto, and inserts a table', async () => {
    const artefactId = await newSpecification('Links specification');
    const page = await specificationPage(cerys, artefactId, 'Links specification');
    const doc = documentOf(page);
    await doc.click();
    await page.keyboard.type('See the toolkit');
    await page.keyboard.press('Shift+Home');
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    const address = page.getByLabel('Link address');
    await waitFor(() => isFocused(address), { message: 'link address focused' });
    await address.fill('javascript:alert(1)');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Enter an address starting with https://, http:// or mailto:').waitFor();
    expect(await doc.locator('a').count()).toBe(0);
    await address.fill('https://gov.wales/home-care');
    await page.keyboard.press('Enter');
    await doc.getByRole('link', { name: 'See the toolkit' }).waitFor();
    expect(await doc.getByRole('link', { name: 'See the toolkit' }).getAttribute('href')).toBe('https://gov.wales/home-care');
    expect(await address.count()).toBe(0);
    await waitFor(() => isFocused(doc), { message: 'focus back in the document' });

    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Insert table' }).click();
    await doc.getByRole('table').waitFor();
    expect(await doc.getByRole('columnheader').count()).toBe(3);
    // The caret lands in the first header cell once focus is back in the document.
    await waitFor(() => isFocused(doc), { message: 'focus back in the document' });
    await page.keyboard.type('Outcome');
    await waitForText(doc.getByRole('columnheader').first(), /Outcome/);
    await expectAccessible(page);
    await waitForText(statusOf(page), SAVED);
    expect(errorsOf.get(page)).toEqual([]);
  });

  it('renders script links, event handlers and unknown elements written over raw Yjs inert', async () => {
    const { id, room } = await newSpecificationRoom('Raw content');
    // Straight into the shared document, as a crafted client could: no editor rules applied.
    const peer = await connectSyncedPeer(server.collabUrl, room, { headers: cerys.headers });
    writeSpecification(peer.doc.getXmlFragment('content'), [
      el('heading', { level: '2', onclick: 'window.__owned = true' }, text('Raw heading')),
      p(text('script link', { link: { href: 'javascript:window.__owned=true' } }), text(' and '), text('data link', { link: { href: 'data:text/html,<script>parent.__owned=true</script>' } })),
      el('script', {}, text('window.__owned = true')),
      el('img', { src: 'x', onerror: 'window.__owned = true' }),
      p(text('safe link', { link: { href: 'https://gov.wales/' } })),
    ]);
    await waitFor(() => peer.provider.synced && !peer.provider.ws?.bufferedAmount, { message: 'raw content sent' });
    const page = await specificationPage(cerys, id, 'Raw content');
    const doc = documentOf(page);
    await waitForText(doc, /Raw heading[\s\S]*safe link/);
    await doc.getByText('script link').click();
    const found = await doc.evaluate((root) => ({
      hrefs: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      handlers: [...root.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((attr) => attr.name)).filter((name) => name.startsWith('on')),
      scripts: root.querySelectorAll('script, img, iframe').length,
      owned: (window as unknown as { __owned?: boolean }).__owned ?? false,
    }));
    // The two unsafe links keep their text but lose their target.
    expect(found.hrefs).toEqual(['', '', 'https://gov.wales/']);
    expect(found.handlers).toEqual([]);
    expect(found.scripts).toBe(0);
    expect(found.owned).toBe(false);
    expect(errorsOf.get(page)).toEqual([]);
    peer.destroy();
  });
});

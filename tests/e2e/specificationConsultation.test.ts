import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { anchor } from '../helpers/commentPeople.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { isFocused, launchBrowser, waitForText } from './helpers/browser.ts';
import { expectAccessible, expectHeading, newPerson, tabTo } from './helpers/people.ts';

const SAVED = /All changes saved|Pob newid wedi'i gadw/;

/** Downloads for every reader; commissioners open and close a consultation from the comments panel, live for providers. */
describe('specification downloads and consultations', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let cerys: HttpAccount;
  let pedr: HttpAccount;
  let workspaceId: string;
  let artefactId: string;
  const errorsOf = new Map<Page, string[]>();

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
    pedr = await signUpOverHttp(server, 'Pedr Provider');
    const created = await api(server, 'POST', '/api/workspaces', { name: 'South 2027', model: '2', zones: ['Cardiff'] }, cerys.cookie);
    workspaceId = created.body.workspace.id as string;
    await addMember(server, workspaceId, cerys, pedr, 'provider');
    const artefact = await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: 'Home care specification' }, cerys.cookie);
    expect(artefact.status).toBe(201);
    artefactId = artefact.body.artefact.id as string;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function specificationPage(account: HttpAccount, language?: 'cy', id = artefactId, title = 'Home care specification'): Promise<Page> {
    const { context, page, errors } = await newPerson(browser, contexts, { language });
    errorsOf.set(page, errors);
    const [name, value] = account.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    await page.goto(`${server.url}/workspaces/${workspaceId}/specifications/${id}`);
    await expectHeading(page, title);
    await waitForText(page.locator('#specification-status'), SAVED);
    return page;
  }

  const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Comments' });

  it('offers Markdown and HTML downloads to a provider, which answer with the right type', async () => {
    const provider = await specificationPage(pedr);
    for (const [name, type] of [
      ['Download as Markdown', 'text/markdown'],
      ['Download as HTML', 'text/html'],
    ] as const) {
      const link = provider.getByRole('link', { name });
      expect(await link.getAttribute('download')).not.toBeNull();
      const href = await link.getAttribute('href');
      expect(href).toMatch(/\/api\/artefacts\/.+\/export\?format=(markdown|html)$/);
      const response = await provider.request.get(new URL(href!, server.url).toString());
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
    }
    // A provider has no consultation controls.
    expect(await provider.getByRole('button', { name: 'Open consultation' }).count()).toBe(0);
    expect(errorsOf.get(provider)).toEqual([]);
  });

  it('a commissioner opens a confidential consultation by keyboard, live for a provider, then closes it early', async () => {
    const commissioner = await specificationPage(cerys);
    const provider = await specificationPage(pedr);
    await waitForText(panelOf(provider), /No consultation is running/);

    const closesOn = commissioner.getByLabel('Closes on');
    await tabTo(commissioner, commissioner.getByRole('textbox', { name: 'Specification text' }), 40);
    await tabTo(commissioner, closesOn, 15);
    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    const iso = `${inAWeek.getFullYear()}-${String(inAWeek.getMonth() + 1).padStart(2, '0')}-${String(inAWeek.getDate()).padStart(2, '0')}`;
    await closesOn.fill(iso);
    await tabTo(commissioner, commissioner.getByRole('radio', { name: 'Open', exact: true }), 6);
    await commissioner.keyboard.press('ArrowDown');
    expect(await commissioner.getByRole('radio', { name: 'Confidential' }).isChecked()).toBe(true);
    await commissioner.keyboard.press('Tab');
    expect(await isFocused(commissioner.getByRole('button', { name: 'Open consultation' }))).toBe(true);
    await commissioner.keyboard.press('Enter');
    await waitForText(commissioner.getByRole('status').filter({ hasText: 'consultation' }), /The consultation is open\./);

    // The provider's panel follows live.
    await waitForText(panelOf(provider), /Consultation open until .* \(each provider sees only their own organisation’s comments\)/);
    await provider.getByRole('button', { name: 'Comment', exact: true }).waitFor();
    await expectAccessible(commissioner);

    // Close early, through the confirm dialog, by keyboard.
    const closeButton = commissioner.getByRole('button', { name: 'Close consultation now' });
    await tabTo(commissioner, closeButton, 15);
    await commissioner.keyboard.press('Enter');
    const dialog = commissioner.getByRole('dialog', { name: 'Close the consultation now?' });
    await dialog.waitFor();
    await expectAccessible(commissioner);
    expect(await isFocused(dialog.getByRole('button', { name: 'Cancel' }))).toBe(true);
    await commissioner.keyboard.press('Shift+Tab');
    expect(await isFocused(dialog.getByRole('button', { name: 'Close consultation' }))).toBe(true);
    await commissioner.keyboard.press('Enter');
    await waitForText(commissioner.getByRole('status').filter({ hasText: 'closed' }), /The consultation is closed\. Comments are now read-only\./);

    await waitForText(panelOf(provider), /Comments closed/);
    expect(await provider.getByRole('button', { name: 'Comment', exact: true }).count()).toBe(0);
    // Once closed, the commissioner may open another.
    await commissioner.getByRole('button', { name: 'Open consultation' }).waitFor();
    await expectAccessible(commissioner);
    await expectAccessible(provider);
    expect(errorsOf.get(commissioner)).toEqual([]);
    expect(errorsOf.get(provider)).toEqual([]);
  });

  it('a commissioner records “you said, we did” on a thread, which the provider sees', async () => {
    // A fresh specification: the first one's consultation has closed, so comments there are read-only.
    const created = await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: 'Second specification' }, cerys.cookie);
    const secondId = created.body.artefact.id as string;
    const thread = await api(server, 'POST', `/api/artefacts/${secondId}/threads`, { anchor: anchor('getting dressed'), body: 'Please say how this is measured' }, pedr.cookie);
    expect(thread.status).toBe(201);
    const commissioner = await specificationPage(cerys, undefined, secondId, 'Second specification');
    const provider = await specificationPage(pedr, undefined, secondId, 'Second specification');
    const on = (page: Page) => panelOf(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: /getting dressed/ }) });
    await on(commissioner).waitFor();
    expect(await on(provider).getByRole('button', { name: 'Record what we did' }).count()).toBe(0);

    await on(commissioner).getByRole('button', { name: 'Record what we did' }).click();
    // Saving with nothing chosen explains what is missing, next to the field.
    await on(commissioner).getByRole('button', { name: 'Save what we did' }).click();
    await waitForText(on(commissioner), /Choose what became of this comment/);
    await on(commissioner).getByRole('radio', { name: 'Already covered' }).check();
    await on(commissioner).getByLabel(/^Why/).fill('Section 4 sets out the measures.');
    await on(commissioner).getByRole('button', { name: 'Save what we did' }).click();
    await waitForText(on(commissioner), /We did: Already covered\s+Section 4 sets out the measures\./);
    await waitForText(commissioner.getByRole('status').filter({ hasText: 'recorded' }), /What we did is recorded\./);
    // Focus goes back to the button, now offering a change.
    expect(await isFocused(on(commissioner).getByRole('button', { name: 'Change what we did' }))).toBe(true);
    await expectAccessible(commissioner);

    // The provider's open panel follows live.
    await waitForText(on(provider), /We did: Already covered\s+Section 4 sets out the measures\./);
    await expectAccessible(provider);
    expect(errorsOf.get(commissioner)).toEqual([]);
    expect(errorsOf.get(provider)).toEqual([]);
  });

  it('shows the downloads and consultation controls in Welsh', async () => {
    const commissioner = await specificationPage(cerys, 'cy');
    await commissioner.getByRole('link', { name: 'Lawrlwytho fel Markdown' }).waitFor();
    await commissioner.getByRole('link', { name: 'Lawrlwytho fel HTML' }).waitFor();
    await commissioner.getByRole('button', { name: 'Agor ymgynghoriad' }).waitFor();
    await expectAccessible(commissioner);
  });
});

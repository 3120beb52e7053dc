import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addMember, api, type HttpAccount } from '../helpers/httpAccounts.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { launchBrowser, waitForText, waitForValue } from './helpers/browser.ts';
import { accountOverHttp, DESKTOP, expectAccessible, expectHeading, newPerson, PASSWORD, PHONE, signInThroughHome, tabTo, waitForFocus } from './helpers/people.ts';

/** An account made and signed in over the API, for what the test does behind the pages' backs. */
async function httpAccount(server: TestServer, displayName: string, email: string): Promise<HttpAccount> {
  await accountOverHttp(server, displayName, email);
  const res = await api(server, 'POST', '/api/auth/login', { email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = res.headers.getSetCookie().at(-1)!.split(';')[0]!;
  return { userId: res.body.user.id, displayName, cookie, headers: { Origin: server.url, Cookie: cookie } };
}

const ACCESS_SENTENCE = 'Cerys Commissioner changed access to “Home care specification”: carers can view';

describe('the audit trail page', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let cerys: HttpAccount;
  let workspaceId: string;
  let specId: string;
  let page: Page;
  let errors: string[];

  const auditUrl = () => `${server.url}/workspaces/${workspaceId}/audit`;
  const row = (text: string) => page.getByRole('row').filter({ hasText: text });
  const checkResult = () => page.locator('.audit-verify [role="status"]');

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    cerys = await httpAccount(server, 'Cerys Commissioner', 'cerys@example.org');
    const pedr = await httpAccount(server, 'Pedr Provider', 'pedr@example.org');
    workspaceId = (await api(server, 'POST', '/api/workspaces', { name: 'Powys 2027', model: '2' }, cerys.cookie)).body.workspace.id;
    specId = (await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: 'Home care specification' }, cerys.cookie)).body.artefact.id;
    await addMember(server, workspaceId, cerys, pedr, 'provider');
    ({ page, errors } = await newPerson(browser, contexts));
    await signInThroughHome(page, server, 'cerys@example.org');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it('shows what the commissioner did, in words and with names, filters by kind and finds the record intact, in English and Welsh', async () => {
    expect((await api(server, 'PATCH', `/api/artefacts/${specId}/access`, { access: { carer: 'view' } }, cerys.cookie)).status).toBe(200);
    const workshop = await api(server, 'POST', `/api/workspaces/${workspaceId}/workshops`, { title: 'Drop-in at the library', durationMinutes: 60 }, cerys.cookie);
    expect(workshop.status).toBe(201);
    expect((await api(server, 'POST', `/api/workspaces/${workspaceId}/workshops/${workshop.body.workshop.id}/close`, undefined, cerys.cookie)).status).toBe(200);

    // From the workspace page, where commissioners find the way in.
    await page.goto(`${server.url}/workspaces/${workspaceId}`);
    await expectHeading(page, 'Powys 2027');
    await page.getByRole('link', { name: 'Audit trail' }).click();
    await expectHeading(page, 'Audit trail');
    await page.getByText('Each entry is sealed with the one before it').waitFor();

    await row(ACCESS_SENTENCE).waitFor();
    expect(await row(ACCESS_SENTENCE).getByRole('cell').nth(1).innerText()).toBe('Cerys Commissioner');
    await row('Cerys Commissioner opened the workshop “Drop-in at the library”').waitFor();
    await row('Cerys Commissioner closed the workshop “Drop-in at the library”').waitFor();
    await row('Pedr Provider joined as provider, with an invitation').waitFor();
    await expectAccessible(page);

    // Only one kind of entry.
    const filter = page.getByLabel('Show', { exact: true });
    await filter.selectOption('access_changed');
    await waitForText(page.locator('.audit-filter__count'), /^Showing 1 of \d+ entries loaded\.$/);
    expect(await page.locator('tbody tr').count()).toBe(1);
    await row(ACCESS_SENTENCE).waitFor();
    await filter.selectOption('all');

    await page.getByRole('button', { name: 'Check the record' }).click();
    await waitForText(checkResult(), /^The record is intact: \d+ entries and \d+ versions? checked, and every seal matches\.$/);
    await expectAccessible(page);

    // In Welsh: the entries and the answer follow the language.
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await expectHeading(page, 'Trywydd archwilio');
    await row('Newidiodd Cerys Commissioner y mynediad i “Home care specification”: gall gofalwyr weld').waitFor();
    await row('Caeodd Cerys Commissioner y gweithdy “Drop-in at the library”').waitFor();
    await waitForText(checkResult(), /^Mae'r cofnodion yn gyflawn: gwiriwyd \d+/);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expectHeading(page, 'Audit trail');
    expect(errors).toEqual([]);
  });

  it('names an altered entry when the record is checked, in English and Welsh', async () => {
    const target = await server.server.db
      .selectFrom('audit_events')
      .select(['id', 'seq', 'details'])
      .where('chain', '=', workspaceId)
      .where('kind', '=', 'access_changed')
      .executeTakeFirstOrThrow();
    await page.goto(auditUrl());
    await row(ACCESS_SENTENCE).waitFor();
    // Someone with the database file gives carers edit, behind the application's back.
    await server.server.db.updateTable('audit_events').set({ details: '{"access":{"carer":"edit"}}' }).where('id', '=', target.id).execute();
    try {
      await page.getByRole('button', { name: 'Check the record' }).click();
      await waitForText(
        checkResult(),
        new RegExp(`^The record has been tampered with at entry ${target.seq} \\(${ACCESS_SENTENCE}\\)\\. It was changed after it was recorded: what it says no longer matches its seal\\.$`),
      );
      await row(ACCESS_SENTENCE).getByText('Does not match its seal').waitFor();
      await expectAccessible(page);
      // On a phone the entries are cards, still a table to assistive technology.
      await page.setViewportSize(PHONE);
      expect(await page.getByRole('columnheader', { name: 'What happened' }).count()).toBe(1);
      await expectAccessible(page);
      await page.setViewportSize(DESKTOP);

      // Loaded again, the entry shows what it now says, and is still the one named.
      await page.reload();
      await row('carers can edit').waitFor();
      await page.getByRole('button', { name: 'Cymraeg' }).click();
      await page.getByRole('button', { name: "Gwirio'r cofnodion" }).click();
      await waitForText(checkResult(), new RegExp(`^Mae rhywun wedi ymyrryd â'r cofnodion yng nghofnod ${target.seq} \\(.*gall gofalwyr olygu\\)\\. Cafodd ei newid`));
      await expectAccessible(page);
      await page.getByRole('button', { name: 'English' }).click();
      await expectHeading(page, 'Audit trail');
    } finally {
      await server.server.db.updateTable('audit_events').set({ details: target.details }).where('id', '=', target.id).execute();
    }
    await page.getByRole('button', { name: 'Check the record' }).click();
    await waitForText(checkResult(), /^The record is intact/);
    expect(errors).toEqual([]);
  });

  it('downloads the audit bundle: every entry, with the check', async () => {
    await page.goto(auditUrl());
    await row(ACCESS_SENTENCE).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download audit bundle' }).click()]);
    expect(download.suggestedFilename()).toBe(`audit-${workspaceId}.json`);
    const bundle = JSON.parse(await fs.readFile(await download.path(), 'utf8'));
    expect(bundle.format).toBe('gweithdy-audit-bundle/1');
    expect(bundle.workspace).toMatchObject({ id: workspaceId, name: 'Powys 2027' });
    expect(bundle.verification.ok).toBe(true);
    const kinds = (bundle.events as Array<{ kind: string }>).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['member_joined', 'access_changed', 'workshop_opened', 'workshop_closed']));
    expect(await page.locator('tbody tr').count()).toBe(bundle.events.length);
  });

  it('works by keyboard alone: filter, check, and load more with focus kept on the entries', async () => {
    // More entries than one page holds (50): citizens' access to the specification, changed back and forth.
    for (let i = 0; i < 50; i++) {
      const res = await api(server, 'PATCH', `/api/artefacts/${specId}/access`, { access: { citizen: i % 2 === 0 ? 'none' : 'view' } }, cerys.cookie);
      expect(res.status).toBe(200);
    }
    const total = Number(
      (await server.server.db.selectFrom('audit_events').select((eb) => eb.fn.countAll().as('n')).where('chain', '=', workspaceId).executeTakeFirstOrThrow()).n,
    );
    expect(total).toBeGreaterThan(50);
    await page.goto(auditUrl());
    await expectHeading(page, 'Audit trail');
    await waitForText(page.locator('.audit-filter__count'), /^Showing 50 of 50 entries loaded\.$/);

    const check = page.getByRole('button', { name: 'Check the record' });
    await tabTo(page, check, 40);
    await page.keyboard.press('Enter');
    await waitForText(checkResult(), new RegExp(`^The record is intact: ${total} entries`));

    const filter = page.getByLabel('Show', { exact: true });
    await tabTo(page, filter);
    // "Access changed" is the fifth kind after "All kinds of entry".
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await waitForValue(filter, 'access_changed');
    await waitForText(page.locator('.audit-filter__count'), /^Showing \d+ of 50 entries loaded\.$/);

    const loadMore = page.getByRole('button', { name: 'Load more' });
    await tabTo(page, loadMore, 80);
    await page.keyboard.press('Enter');
    await waitForText(page.locator('.audit-more [role="status"]'), new RegExp(`^${total - 50} more entr(y|ies) loaded\\. That is every entry\\.$`));
    expect(await loadMore.count()).toBe(0);
    // The button went with the last page; focus is on the entries, not lost at the top of the page.
    await waitForFocus(page.getByRole('region', { name: 'Entries in the audit trail' }), 'focus on the table of entries');
    await waitForText(page.locator('.audit-filter__count'), new RegExp(`^Showing \\d+ of ${total} entries loaded\\.$`));
    await row('citizens can view').last().waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('adds entries recorded while it is open, at the end, and says how many came', async () => {
    await page.goto(auditUrl());
    await expectHeading(page, 'Audit trail');
    await page.locator('.audit-filter__count').waitFor();
    // Every page loaded first: new entries are added to the end only when nothing is left to load.
    while ((await page.getByRole('button', { name: 'Load more', exact: true }).count()) > 0) {
      const before = await page.locator('tbody tr').count();
      await page.getByRole('button', { name: 'Load more', exact: true }).click();
      await waitFor(async () => (await page.locator('tbody tr').count()) > before, { message: 'the next page' });
    }
    const before = await page.locator('tbody tr').count();
    expect((await api(server, 'PATCH', `/api/artefacts/${specId}/access`, { access: { provider: 'view' } }, cerys.cookie)).status).toBe(200);
    await page.locator('tbody tr').last().filter({ hasText: 'Cerys Commissioner changed access to “Home care specification”: providers can view' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(before + 1);
    await waitForText(page.locator('.audit-filter__count'), /1 entry recorded since you opened this page\.$/);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('tells anyone but a commissioner plainly that it is not for them, and offers them no link', async () => {
    const { page: provider, errors: providerErrors } = await newPerson(browser, contexts);
    await signInThroughHome(provider, server, 'pedr@example.org');
    await provider.goto(`${server.url}/workspaces/${workspaceId}`);
    await expectHeading(provider, 'Powys 2027');
    expect(await provider.getByRole('link', { name: 'Audit trail' }).count()).toBe(0);

    await provider.goto(auditUrl());
    await expectHeading(provider, 'Only commissioners can see the audit trail');
    await provider.getByText('Ask a commissioner if you need to see it.').waitFor();
    expect(await provider.getByRole('table').count()).toBe(0);
    expect(await provider.getByRole('button', { name: 'Check the record' }).count()).toBe(0);
    await expectAccessible(provider);
    await provider.getByRole('button', { name: 'Cymraeg' }).click();
    await expectHeading(provider, "Dim ond comisiynwyr sy'n gallu gweld y trywydd archwilio");
    await expectAccessible(provider);
    expect(providerErrors).toEqual([]);
  });
});

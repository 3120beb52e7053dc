import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { api, type HttpAccount } from '../helpers/httpAccounts.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { callWorld, contribute, dayValue, openCallOverApi, personAt, reportThrice, type CallWorld } from './helpers/callWorld.ts';
import { isFocused, launchBrowser, waitForText } from './helpers/browser.ts';
import { expectAccessible, tabTo, waitForFocus } from './helpers/people.ts';

describe('calls for contributions: opening, moderating, the summary and the framework’s credit', { timeout: 180_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let world: CallWorld;
  const at = (account: HttpAccount | null, path: string, heading: string | RegExp, language?: 'cy') => personAt(server, browser, contexts, account, path, heading, language);

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    world = await callWorld(server);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    world?.framework.destroy();
    await server?.close();
  });

  it('lets a commissioner open a call from the workspace page by keyboard alone, after a validation error, and lists it', async () => {
    const { page, errors } = await at(world.cerys, `/workspaces/${world.workspaceId}`, 'Ceredigion 2027');
    const section = page.getByRole('region', { name: 'Calls for contributions' });
    await waitForText(section, /No calls yet/);
    const form = page.getByRole('form', { name: 'Open a call' });
    await tabTo(page, form.getByLabel('Title of the call'), 150);
    await page.keyboard.type('What would help fewer people feel lonely?');

    // Sent without an introduction, a closing date or a choice of readers: each is named, and focus goes to the first.
    await tabTo(page, form.getByRole('button', { name: 'Open the call' }));
    await page.keyboard.press('Enter');
    const summary = form.getByRole('alert');
    await waitForText(summary, /Enter an introduction in plain language/);
    expect(await summary.innerText()).toMatch(/Enter the date the call closes/);
    expect(await summary.innerText()).toMatch(/Choose who can read the call/);
    const introduction = form.getByLabel('Introduction');
    await waitForFocus(introduction);
    await expectAccessible(page);

    await page.keyboard.type('We want to hear what would help. We will answer everything you say, in public.');
    await tabTo(page, form.getByLabel('Closes on'));
    await form.getByLabel('Closes on').fill(dayValue(21));
    await tabTo(page, form.getByLabel('North'));
    await page.keyboard.press('Space');
    // Only one outcome: the framework's population outcomes are offered, read live from its room.
    await tabTo(page, form.getByLabel('All population outcomes'));
    await page.keyboard.press('ArrowDown');
    expect(await form.getByLabel('Only the ones I choose').isChecked()).toBe(true);
    const lonely = form.getByLabel('Fewer people are lonely');
    await lonely.waitFor();
    expect(await form.getByLabel('I choose when I get up').count()).toBe(0);
    await tabTo(page, lonely);
    await page.keyboard.press('Space');
    // A radio group with nothing chosen is entered at its first radio; the arrow keys choose.
    await tabTo(page, form.getByLabel('Members of this workspace only'));
    await page.keyboard.press('ArrowDown');
    expect(await form.getByLabel('Public', { exact: true }).isChecked()).toBe(true);
    await tabTo(page, form.getByRole('button', { name: 'Open the call' }));
    await page.keyboard.press('Enter');

    await waitForText(section.getByRole('status'), /Call opened: What would help fewer people feel lonely\?/);
    const link = section.getByRole('link', { name: 'What would help fewer people feel lonely?', exact: true });
    await waitForFocus(link);
    const item = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'What would help fewer people feel lonely?', exact: true }) });
    expect(await item.innerText()).toMatch(/Open\s+Public: anyone with the link can read it/);
    const listed = await api(server, 'GET', `/api/workspaces/${world.workspaceId}/calls`, undefined, world.cerys.cookie);
    const call = listed.body.calls[0];
    expect(call).toMatchObject({ title: 'What would help fewer people feel lonely?', zones: ['North'], outcomeIds: [world.lonely], public: true, state: 'open' });
    expect(await link.getAttribute('href')).toBe(`/calls/${call.id}`);
    expect(await item.getByRole('link', { name: /^Moderation queue/ }).getAttribute('href')).toBe(`/calls/${call.id}/moderation`);
    await expectAccessible(page);
    expect(errors).toEqual([]);

    // In Welsh, the same section and form; a provider sees the list without the form or the queue.
    const welsh = await at(world.cerys, `/workspaces/${world.workspaceId}`, 'Ceredigion 2027', 'cy');
    await welsh.page.getByRole('form', { name: 'Agor galwad' }).waitFor();
    await waitForText(welsh.page.getByRole('region', { name: 'Galwadau am gyfraniadau' }), /Ar agor/);
    await expectAccessible(welsh.page);
    const provider = await at(world.pedr, `/workspaces/${world.workspaceId}`, 'Ceredigion 2027');
    await provider.page.getByRole('link', { name: 'What would help fewer people feel lonely?', exact: true }).waitFor();
    expect(await provider.page.getByRole('form', { name: 'Open a call' }).count()).toBe(0);
    expect(await provider.page.getByRole('link', { name: /^Moderation queue/ }).count()).toBe(0);
  });

  it('puts the server’s refusal of a field next to that field', async () => {
    const { page } = await at(world.cerys, `/workspaces/${world.workspaceId}`, 'Ceredigion 2027');
    const form = page.getByRole('form', { name: 'Open a call' });
    // Longer than the server takes: only the server says so, and the form names the field.
    await form.getByLabel('Title of the call').fill('Loneliness '.repeat(20));
    await form.getByLabel('Introduction').fill('Tell us what would help.');
    await form.getByLabel('Closes on').fill(dayValue(10));
    await form.getByLabel('Members of this workspace only').check();
    await form.getByRole('button', { name: 'Open the call' }).click();
    await waitForText(form.getByRole('alert'), /Enter a title for the call, up to 200 characters/);
    const title = form.getByLabel('Title of the call');
    await waitForFocus(title);
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect((await api(server, 'GET', `/api/workspaces/${world.workspaceId}/calls`, undefined, world.cerys.cookie)).body.calls.some((c: { title: string }) => c.title.startsWith('Loneliness Loneliness'))).toBe(false);
  });

  it('shows the moderation queue live; the commissioner restores one contribution and keeps another hidden, each with a reason', async () => {
    const callId = await openCallOverApi(server, world, 'Getting about');
    const rude = await contribute(server, callId, world.carys, { outcomeId: world.lonely, zone: 'North', body: 'The manager at the day centre never listens' });
    const bus = await contribute(server, callId, world.carys, { kind: 'experience', outcomeId: world.connected, body: 'The last bus home leaves at four' });
    await reportThrice(server, world, rude, ['Names a member of staff', 'Rude', 'Personal attack']);

    const { page, errors } = await at(world.cerys, `/calls/${callId}/moderation`, 'Moderation queue: Getting about');
    const item = page.getByRole('article', { name: 'Idea by Carys Carer' });
    await waitForText(item, /Hidden after reports, waiting for your decision/);
    const reports = item.getByRole('list');
    expect(await item.innerText()).toMatch(/3 reports not yet reviewed/);
    for (const reason of ['Names a member of staff', 'Rude', 'Personal attack']) expect(await reports.innerText()).toContain(reason);
    expect(await item.innerText()).toMatch(/About: Fewer people are lonely/);

    // Reported while the page is open: it arrives without a reload.
    await reportThrice(server, world, bus, ['Off topic', 'Off topic', 'Spam']);
    const busItem = page.getByRole('article', { name: 'Experience by Carys Carer' });
    await waitForText(busItem, /Hidden after reports/);
    await waitForText(page.getByRole('heading', { level: 2, name: /to review/ }), /2 contributions to review/);
    await expectAccessible(page);

    // A decision needs a reason, which its author will see.
    await item.getByRole('button', { name: 'Restore' }).click();
    await waitForText(item, /Enter a reason: the author will see it/);
    expect(await isFocused(item.getByLabel('Reason for your decision'))).toBe(true);
    await page.keyboard.type('Strongly put, but within the rules');
    await item.getByRole('button', { name: 'Restore' }).click();
    await waitForText(page.getByRole('status'), /Restored: everyone can see it again/);
    await waitForText(page.getByRole('heading', { level: 2, name: /to review/ }), /^1 contribution to review$/);
    expect(await item.count()).toBe(0);
    await waitForFocus(page.getByRole('heading', { level: 2, name: /to review/ }));
    const seenByProvider = await api(server, 'GET', `/api/calls/${callId}`, undefined, world.pedr.cookie);
    expect(seenByProvider.body.contributions.map((c: { id: string }) => c.id)).toContain(rude);
    expect(errors).toEqual([]);

    // In Welsh: the other stays hidden, now with a reason its author can read.
    const welsh = await at(world.cerys, `/calls/${callId}/moderation`, 'Ciw cymedroli: Getting about', 'cy');
    const welshItem = welsh.page.getByRole('article', { name: 'Profiad gan Carys Carer' });
    await waitForText(welshItem, /Wedi’i guddio ar ôl adroddiadau/);
    await expectAccessible(welsh.page);
    await welshItem.getByLabel('Rheswm dros eich penderfyniad').fill('Dydy hyn ddim am y canlyniad');
    await welshItem.getByRole('button', { name: 'Cadw’n gudd' }).click();
    await waitForText(welsh.page.getByRole('status'), /Wedi’i guddio/);
    // Decided, it leaves the queue (until someone reports it again); the author reads the reason.
    await welshItem.waitFor({ state: 'detached' });
    const mine = await api(server, 'GET', `/api/calls/${callId}`, undefined, world.carys.cookie);
    expect(mine.body.contributions.find((c: { id: string }) => c.id === bus).hidden).toEqual({ reason: 'Dydy hyn ddim am y canlyniad', byReports: false });
  });

  it('tells a provider plainly that the moderation queue is for commissioners', async () => {
    const callId = await openCallOverApi(server, world, 'Not for providers');
    const { page } = await at(world.pedr, `/calls/${callId}/moderation`, 'Only commissioners can moderate');
    await waitForText(page.getByRole('main'), /The moderation queue is for the workspace’s commissioners/);
    expect(await page.getByRole('link', { name: 'What people said' }).getAttribute('href')).toBe(`/calls/${callId}/summary`);
    await expectAccessible(page);
  });

  it('publishes what people said, per outcome and zone, with counts and answers, to readers signed out; printable', async () => {
    const callId = await openCallOverApi(server, world, 'Feeling part of things', { public: true });
    const club = await contribute(server, callId, world.carys, { outcomeId: world.lonely, zone: 'North', body: 'A lunch club in the library' });
    await contribute(server, callId, world.citizens[0]!, { kind: 'experience', outcomeId: world.lonely, body: 'I went weeks without talking to anyone' });
    await api(server, 'POST', `/api/contributions/${club}/support`, undefined, world.citizens[1]!.cookie);
    await api(server, 'POST', `/api/contributions/${club}/answer`, { answer: 'taken_forward', response: 'We will fund lunch clubs in the North' }, world.cerys.cookie);

    const { page, errors } = await at(null, `/calls/${callId}/summary`, 'What people said: Feeling part of things');
    const main = page.getByRole('main');
    await waitForText(main, /2 contributions in all\./);
    const lonely = page.getByRole('region', { name: /^Fewer people are lonely/ });
    expect(await lonely.getByRole('heading', { level: 2 }).innerText()).toBe('Fewer people are lonely (2 contributions)');
    expect(await lonely.innerText()).toMatch(/Ideas\s*1\s*Experiences\s*1\s*Evidence\s*0/);
    const north = lonely.getByRole('listitem').filter({ hasText: 'A lunch club in the library' });
    expect(await north.innerText()).toMatch(/1 person supports this[\s\S]*Official answer: Taken forward[\s\S]*We will fund lunch clubs in the North/);
    expect(await lonely.getByRole('heading', { level: 3, name: /Zone: North/ }).count()).toBe(1);
    expect(await lonely.getByRole('heading', { level: 3, name: /Not about one zone/ }).count()).toBe(1);
    expect(await page.getByRole('region', { name: /^People feel part of their community/ }).innerText()).toMatch(/No contributions on this outcome yet/);
    // For publication: no one is named.
    expect(await main.innerText()).not.toMatch(/Carys|Dafydd|Elin/);
    expect(await page.getByRole('link', { name: 'Back to the call' }).getAttribute('href')).toBe(`/calls/${callId}`);
    await expectAccessible(page);

    // An answer given while it is open appears without a reload.
    await api(server, 'POST', `/api/contributions/${club}/answer`, { answer: 'under_consideration', response: 'Costed for next year' }, world.cerys.cookie);
    await waitForText(north, /Under consideration[\s\S]*Costed for next year/);

    // On paper: the summary alone, without the page's controls.
    const print = page.getByRole('button', { name: 'Print this summary' });
    expect(await print.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await print.isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await north.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);

    const welsh = await at(null, `/calls/${callId}/summary`, 'Beth ddywedodd pobl: Feeling part of things', 'cy');
    await waitForText(welsh.page.getByRole('main'), /2 gyfraniad i gyd\./);
    await waitForText(welsh.page.getByRole('main'), /Ateb swyddogol: Yn cael ei ystyried/);
    await expectAccessible(welsh.page);

    // A members-only call's summary is not for strangers.
    const closed = await openCallOverApi(server, world, 'Members only');
    await at(null, `/calls/${closed}/summary`, 'Call not found');
  });

  it('credits the contributor on the framework, live, when a contribution is taken into it', async () => {
    const callId = await openCallOverApi(server, world, 'Ideas for the framework', { public: true });
    const idea = await contribute(server, callId, world.carys, { outcomeId: world.lonely, zone: 'South', body: 'Lunch clubs in every library' });
    const editor = await at(world.cerys, `/workspaces/${world.workspaceId}/outcomes`, 'Outcome framework');
    const reader = await at(world.citizens[0]!, `/workspaces/${world.workspaceId}/outcomes`, 'Outcome framework');
    await editor.page.getByRole('article').first().waitFor();
    await reader.page.getByRole('article').first().waitFor();

    const promoted = await api(server, 'POST', `/api/contributions/${idea}/promote`, { as: 'outcome', statement: 'Every library hosts a lunch club' }, world.cerys.cookie);
    expect(promoted.status).toBe(201);
    for (const { page } of [editor, reader]) {
      const credit = page.getByRole('link', { name: 'From a contribution by Carys Carer' });
      await credit.waitFor();
      expect(await credit.getAttribute('href')).toBe(`/calls/${callId}`);
      const card = page.getByRole('article').filter({ has: credit });
      await waitFor(async () => (await card.count()) === 1, { message: 'one outcome credited' });
    }
    expect(await reader.page.getByRole('article').filter({ hasText: 'Every library hosts a lunch club' }).getByRole('link', { name: /From a contribution by/ }).count()).toBe(1);
    await expectAccessible(reader.page);
    await expectAccessible(editor.page);

    const summary = await at(null, `/calls/${callId}/summary`, 'What people said: Ideas for the framework');
    await waitForText(summary.page.getByRole('listitem').filter({ hasText: 'Lunch clubs in every library' }), /Taken into the outcome framework/);
    const welsh = await at(world.citizens[0]!, `/workspaces/${world.workspaceId}/outcomes`, 'Fframwaith canlyniadau', 'cy');
    await welsh.page.getByRole('link', { name: 'O gyfraniad gan Carys Carer' }).waitFor();
    await expectAccessible(welsh.page);
    expect([...editor.errors, ...reader.errors]).toEqual([]);
  });
});

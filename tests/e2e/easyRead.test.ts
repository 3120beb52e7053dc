import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addOutcome } from '../../shared/outcomes/outcomeDoc.ts';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { connectSyncedPeer, type TestPeer } from '../helpers/providers.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { launchBrowser, waitForText } from './helpers/browser.ts';
import { callPageWorld, openPublicCall, WELSH_CONNECTED, withSession } from './helpers/callPageWorld.ts';
import { DESKTOP, expectAccessible, expectHeading, newPerson, PHONE, tabTo } from './helpers/people.ts';

const CALL_TITLE = 'Loneliness in our towns';

describe('easy-read views of the outcome framework and of a call', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let commissioner: HttpAccount;
  let citizen: HttpAccount;
  let workspaceId: string;
  let framework: TestPeer;

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    // A Model 2 workspace, so the money an outcome carries has to be explained too.
    commissioner = await signUpOverHttp(server, 'Cerys Commissioner');
    citizen = await signUpOverHttp(server, 'Elin');
    const created = await api(server, 'POST', '/api/workspaces', { name: 'Gwynedd 2027', model: '2', zones: ['Arfon', 'Meirionnydd'] }, commissioner.cookie);
    workspaceId = created.body.workspace.id as string;
    await addMember(server, workspaceId, commissioner, citizen, 'citizen');
    // The commissioner writes through the framework's live room, as her editor would.
    framework = await connectSyncedPeer(server.collabUrl, created.body.workspace.artefacts[0].room, { headers: commissioner.headers });
    addOutcome(framework.doc, { statement: 'I can get out to the shops when I want to', level: 'individual', status: 'agreed', aspects: ['control'] });
    addOutcome(framework.doc, { statement: 'An old way of counting visits', status: 'retired' });
  });

  afterAll(async () => {
    framework?.destroy();
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function personAt(account: HttpAccount | null, path: string, heading: string | RegExp, language?: 'cy', viewport = DESKTOP): Promise<Page> {
    const person = await newPerson(browser, contexts, { viewport, ...(language ? { language } : {}) });
    if (account) await withSession(person.context, server, account);
    await person.page.goto(`${server.url}${path}`);
    await expectHeading(person.page, heading);
    return person.page;
  }

  /** Tabs to the (first) link, follows it with Enter, and waits for the page it leads to. */
  async function followByKeyboard(page: Page, name: string, heading: string | RegExp): Promise<void> {
    await tabTo(page, page.getByRole('link', { name, exact: true }).first(), 40);
    await page.keyboard.press('Enter');
    await expectHeading(page, heading);
  }

  it('shows a member the framework in easy read, one idea per line, with an outcome written by someone else appearing live', async () => {
    const elin = await personAt(citizen, `/workspaces/${workspaceId}/outcomes`, 'Outcome framework');
    await followByKeyboard(elin, 'Read the outcomes in easy read', 'Our outcomes in easy read');

    const list = elin.getByRole('list', { name: 'The outcomes' });
    const first = list.getByRole('article', { name: 'I can get out to the shops when I want to' });
    await waitForText(first, /This is about one person and their care\./);
    await waitForText(first, /Everyone has agreed this one\.\n+This is about: choosing what happens in your day\./);
    // Retired outcomes are left out, and the page says so.
    await waitForText(elin.locator('.easy-read'), /Outcomes that are no longer used are not shown\./);
    expect(await list.getByRole('article', { name: 'An old way of counting visits' }).count()).toBe(0);

    addOutcome(framework.doc, {
      statement: 'Fewer people feel lonely',
      statementCy: "Mae llai o bobl yn teimlo'n unig",
      level: 'population',
      zones: ['Arfon'],
      aspects: ['health', 'relationships'],
      inputs: 'Volunteers\nA minibus',
      outputs: 'A weekly lunch club',
      paymentShare: 15,
      indicators: [{ measure: 'People who say they feel lonely', target: 'Fewer than 1 in 10', frequency: 'quarterly' }],
    });
    const second = list.getByRole('article', { name: 'Fewer people feel lonely' });
    await waitForText(second, /This is about everyone who lives in the area\.\n+Where: Arfon\./);
    await waitForText(second, /This is about: staying well in body and mind\.\n+This is about: family, friends and home life\./);
    await waitForText(second, /How we will make it happen\n+What we will use:\n+Volunteers\n+A minibus\n+What we will do:\n+A weekly lunch club/);
    await waitForText(second, /How we will know: People who say they feel lonely\n+What we hope for: Fewer than 1 in 10\n+We will check it every three months\./);
    await waitForText(second, /For this outcome it is 15p in every £1\./);
    // A simple numbered list: the new outcome is the second item.
    expect(await list.locator(':scope > li').count()).toBe(2);
    await expectAccessible(elin);

    await followByKeyboard(elin, 'Back to the full outcome framework', 'Outcome framework');
  });

  it('reads the framework in Welsh, and tells someone outside the workspace nothing', async () => {
    const welsh = await personAt(citizen, `/workspaces/${workspaceId}/outcomes/easy-read`, 'Ein canlyniadau mewn fersiwn hawdd ei ddeall', 'cy');
    const first = welsh.getByRole('article', { name: 'I can get out to the shops when I want to' });
    await waitForText(first, /Mae pawb wedi cytuno ar hwn\.\n+Mae hwn yn sôn am: dewis beth sy'n digwydd yn eich diwrnod\./);
    // The Welsh statement where there is one; else the English, marked as English for screen readers.
    await welsh.getByRole('article', { name: "Mae llai o bobl yn teimlo'n unig" }).waitFor();
    expect(await first.getByRole('heading', { level: 2 }).getAttribute('lang')).toBe('en');
    await expectAccessible(welsh);

    const stranger = await signUpOverHttp(server, 'Someone Else');
    const outside = await personAt(stranger, `/workspaces/${workspaceId}/outcomes/easy-read`, 'We cannot find these outcomes.');
    expect(await outside.getByRole('list', { name: 'The outcomes' }).count()).toBe(0);
  });

  it('shows a public call in easy read to someone signed out, linked both ways, in English and Welsh', async () => {
    const world = await callPageWorld(server);
    const call = await openPublicCall(server, world, CALL_TITLE);
    const visitor = await personAt(null, `/calls/${call.id}`, CALL_TITLE);
    await followByKeyboard(visitor, 'Read this call in easy read', `${CALL_TITLE}: easy read`);

    const page = visitor.locator('.easy-read');
    await waitForText(page, /What this is about\n+The people who plan home care want to hear from you\.\n+Tell us what would help people in your area feel less alone\./);
    await waitForText(page, /It is about these places: North, South\./);
    await waitForText(page, /When\n+You can take part now\.\n+You can take part until .* \d{4} at \d\d:\d\d\./);
    const asked = visitor.getByRole('region', { name: 'What we are asking about' });
    await waitForText(asked, /Fewer people are lonely\n+People feel part of their community/);
    const steps = visitor.getByRole('region', { name: 'How to take part' }).getByRole('listitem');
    expect(await steps.count()).toBe(7);
    expect(await steps.last().innerText()).toBe('Press the button “Post your contribution”.');
    await waitForText(page, /This is called “you said, we did”\./);
    await expectAccessible(visitor);

    await followByKeyboard(visitor, 'Take part on the call page', CALL_TITLE);
    await visitor.getByRole('heading', { name: 'Take part', exact: true }).waitFor();

    // On a phone: the large type wraps, and nothing needs scrolling sideways.
    const welsh = await personAt(null, `/calls/${call.id}/easy-read`, `${CALL_TITLE}: hawdd ei ddeall`, 'cy', PHONE);
    await waitForText(welsh.locator('.easy-read'), /Gallwch chi gymryd rhan nawr\./);
    expect(await welsh.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await waitForText(welsh.locator('.easy-read__steps'), /Pwyswch y botwm “Postio eich cyfraniad”\./);
    // The outcome written in Welsh is read in Welsh; the other, not yet written in Welsh, in English and marked so.
    const welshAsked = welsh.getByRole('region', { name: "Beth rydyn ni'n holi amdano" });
    await waitForText(welshAsked, new RegExp(`Fewer people are lonely\n+${WELSH_CONNECTED}`));
    expect(await welshAsked.locator('li[lang="en"]').innerText()).toBe('Fewer people are lonely');
    await expectAccessible(welsh);
    await followByKeyboard(welsh, 'Yn ôl i dudalen lawn yr alwad', CALL_TITLE);
  });

  it('keeps a members-only call from someone signed out, as the call page does', async () => {
    const world = await callPageWorld(server);
    const created = await api(
      server,
      'POST',
      `/api/workspaces/${world.workspaceId}/calls`,
      { title: 'Members only', introduction: 'For members.', closesAt: new Date(Date.now() + 86_400_000).toISOString(), zones: [] },
      world.commissioner.cookie,
    );
    expect(created.status).toBe(201);
    const visitor = await personAt(null, `/calls/${created.body.call.id}/easy-read`, 'We cannot find this call.');
    await visitor.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await visitor.getByText('For members.').count()).toBe(0);
  });
});

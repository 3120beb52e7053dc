import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PSEUDO_OPEN } from '../../client/i18n/pseudoLocale.ts';
import { cy, en } from '../../client/i18n/resources.ts';
import type { HttpAccount } from '../helpers/httpAccounts.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { launchBrowser } from './helpers/browser.ts';
import { bypasses, englishInWelsh, settled, usePseudoLocale, type Found } from './helpers/i18nScan.ts';
import { i18nWorld, type I18nWorld } from './helpers/i18nWorld.ts';
import { newPerson } from './helpers/people.ts';

/*
 * Every page, with data in it, read twice: in the pseudo-locale every visible
 * text and text attribute must come from a translation (or be the test's own
 * data), and after switching to Welsh no English interface string may remain.
 * Key parity between the two languages is tests/unit/translations.test.ts.
 */

interface Visit {
  name: string;
  path: (world: I18nWorld) => string;
  as: 'cerys' | 'pedr' | 'elin' | 'dafydd' | 'mair' | null;
  /** What a person does on the page before it is read (open a view, submit an empty form). */
  then?: (page: Page) => Promise<void>;
}

const TEXT_INPUTS = 'main input:not([type]), main input[type=text]';

async function joinWithWrongCode(page: Page): Promise<void> {
  await page.locator(TEXT_INPUTS).nth(0).fill('ZZZZZZ');
  await page.locator(TEXT_INPUTS).nth(1).fill('Sam');
  await page.locator('main input[type=radio]').first().check();
  await page.locator('main form button[type=submit]').click();
  await page.locator('main [role=alert]').first().waitFor();
}

/** A control's words in either language: a page's actions run after the switch to Welsh (a modal dialog makes the switcher unreachable). */
const containing = (english: string, welsh: string) => new RegExp(`${english}|${welsh}`);
const either = (english: string, welsh: string) => new RegExp(`^[\\u2062\\u2063\\s]*(${english}|${welsh})[\\u2062\\u2063\\s]*$`);

async function checkTheRecord(page: Page): Promise<void> {
  await page.locator('main button', { hasText: either(en.audit.verify.button, cy.audit.verify.button) }).click();
  // The result replaces “Checking…”: wait for a sentence that is not that one.
  await page.locator('.audit-verify__result', { hasNotText: containing(en.audit.verify.checking, cy.audit.verify.checking) }).filter({ hasText: /\p{L}/u }).waitFor();
}

const VISITS: Visit[] = [
  { name: 'home, signed out', path: () => '/', as: null },
  { name: 'sign-in, with its errors', path: () => '/signin', as: null, then: (page) => page.locator('main form button[type=submit]').first().click() },
  { name: 'sign-up, with its errors', path: () => '/signup', as: null, then: (page) => page.locator('main form button[type=submit]').first().click() },
  { name: 'join a workshop', path: () => '/join', as: null },
  { name: 'join a workshop, with a wrong code refused by the server', path: () => '/join', as: null, then: joinWithWrongCode },
  { name: 'invitation, signed out', path: (w) => w.invitationPath, as: null },
  { name: 'invitation, signed in', path: (w) => w.invitationPath, as: 'pedr' },
  { name: 'page not found', path: () => '/no-such-page', as: null },
  { name: 'settings', path: () => '/settings', as: null },
  { name: 'accessibility statement', path: () => '/accessibility', as: null },
  { name: 'home, signed in', path: () => '/', as: 'cerys' },
  { name: 'workspace', path: (w) => `/workspaces/${w.workspaceId}`, as: 'cerys' },
  { name: 'workspace, a workshop guest', path: (w) => `/workspaces/${w.workspaceId}`, as: 'mair' },
  { name: 'outcome framework, a workshop guest', path: (w) => `/workspaces/${w.workspaceId}/outcomes`, as: 'mair' },
  { name: 'outcome framework, editable', path: (w) => `/workspaces/${w.workspaceId}/outcomes`, as: 'cerys' },
  { name: 'outcome framework, read-only', path: (w) => `/workspaces/${w.workspaceId}/outcomes`, as: 'elin' },
  { name: 'outcome framework, easy read', path: (w) => `/workspaces/${w.workspaceId}/outcomes/easy-read`, as: 'elin' },
  { name: 'specification with comments and consultation controls', path: (w) => `/workspaces/${w.workspaceId}/specifications/${w.specificationId}`, as: 'cerys' },
  { name: 'specification, read by a provider', path: (w) => `/workspaces/${w.workspaceId}/specifications/${w.specificationId}`, as: 'pedr' },
  { name: 'specification, empty: its start choice', path: (w) => `/workspaces/${w.workspaceId}/specifications/${w.emptySpecificationId}`, as: 'cerys' },
  { name: 'specification, consultation closed: recording what was done', path: (w) => `/workspaces/${w.workspaceId}/specifications/${w.closedSpecificationId}`, as: 'cerys' },
  { name: 'specification, consultation closed, read by its provider', path: (w) => `/workspaces/${w.workspaceId}/specifications/${w.closedSpecificationId}`, as: 'pedr' },
  { name: 'you said, we did', path: (w) => `/workspaces/${w.workspaceId}/specifications/${w.specificationId}/you-said-we-did`, as: 'cerys' },
  { name: 'version history', path: (w) => `/workspaces/${w.workspaceId}/history/${w.specificationId}`, as: 'cerys' },
  { name: 'version history, restore dialog', path: (w) => `/workspaces/${w.workspaceId}/history/${w.specificationId}`, as: 'cerys', then: (page) => page.locator('.version__actions button', { hasText: containing(en.history.list.restore, cy.history.list.restore) }).first().click() },
  { name: 'version history, a version read', path: (w) => `/workspaces/${w.workspaceId}/history/${w.specificationId}`, as: 'cerys', then: (page) => page.locator('.version__actions button').first().click() },
  { name: 'version history, two versions compared', path: (w) => `/workspaces/${w.workspaceId}/history/${w.specificationId}`, as: 'cerys', then: (page) => page.locator('main button[type=submit]', { hasText: either(en.history.compare.submit, cy.history.compare.submit) }).click() },
  { name: 'version history of the outcome framework', path: (w) => `/workspaces/${w.workspaceId}/history/${w.frameworkId}`, as: 'cerys' },
  { name: 'audit trail', path: (w) => `/workspaces/${w.workspaceId}/audit`, as: 'cerys' },
  { name: 'process map canvas', path: (w) => `/workspaces/${w.workspaceId}/maps/${w.mapId}`, as: 'cerys' },
  { name: 'audit trail, record checked', path: (w) => `/workspaces/${w.workspaceId}/audit`, as: 'cerys', then: checkTheRecord },
  { name: 'process map canvas, a node selected', path: (w) => `/workspaces/${w.workspaceId}/maps/${w.mapId}`, as: 'cerys', then: (page) => page.locator('.react-flow__node').first().click() },
  { name: 'process map, empty: its start choice', path: (w) => `/workspaces/${w.workspaceId}/maps/${w.emptyMapId}`, as: 'cerys' },
  { name: 'process map list view', path: (w) => `/workspaces/${w.workspaceId}/maps/${w.mapId}`, as: 'cerys', then: (page) => page.locator('.map-view-switch button').nth(1).click() },
  { name: 'call page, signed out', path: (w) => `/calls/${w.callId}`, as: null },
  { name: 'call page, citizen', path: (w) => `/calls/${w.callId}`, as: 'elin' },
  { name: 'call page, commissioner', path: (w) => `/calls/${w.callId}`, as: 'cerys' },
  { name: 'call page, report dialog', path: (w) => `/calls/${w.callId}`, as: 'dafydd', then: (page) => page.locator('main button', { hasText: either(en.calls.item.report, cy.calls.item.report) }).first().click() },
  { name: 'call page, closed', path: (w) => `/calls/${w.closedCallId}`, as: 'cerys' },
  { name: 'call page, closed, its author', path: (w) => `/calls/${w.closedCallId}`, as: 'elin' },
  { name: 'call summary, closed', path: (w) => `/calls/${w.closedCallId}/summary`, as: 'cerys' },
  { name: 'call summary', path: (w) => `/calls/${w.callId}/summary`, as: null },
  { name: 'call, easy read', path: (w) => `/calls/${w.callId}/easy-read`, as: null },
  { name: 'moderation queue', path: (w) => `/calls/${w.callId}/moderation`, as: 'cerys' },
];

/** One line per text, for a failure that says where to look. */
const listed = (found: Found[]) => found.map((f) => `${f.where}: ${JSON.stringify(f.text)}`).join('\n');

describe('every visible text goes through i18n, in English and Welsh', { timeout: 90_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let world: I18nWorld;

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function open(account: HttpAccount | null, path: string, pseudo: boolean): Promise<{ page: Page; errors: string[] }> {
    const person = await newPerson(browser, contexts, { language: 'en' });
    if (pseudo) await usePseudoLocale(person.context);
    if (account) {
      const [name, value] = account.cookie.split('=') as [string, string];
      await person.context.addCookies([{ name, value, url: server.url }]);
    }
    await person.page.goto(`${server.url}${path}`);
    await person.page.locator('h1').first().waitFor();
    await settled(person.page);
    // Without the markers every text would look hard-coded; make sure the pseudo-locale is really on.
    if (pseudo) expect(await person.page.locator('a.skip-link').textContent()).toContain(PSEUDO_OPEN);
    return person;
  }

  /** Reads the page in the pseudo-locale, then in Welsh switched to on the page (so text kept from the first render in English shows up too). */
  async function check(account: HttpAccount | null, path: string, userContent: string[], then?: (page: Page) => Promise<void>): Promise<void> {
    const pseudo = await open(account, path, true);
    if (then) {
      await then(pseudo.page);
      await settled(pseudo.page);
    }
    const untranslated = await bypasses(pseudo.page, userContent);

    const welsh = await open(account, path, false);
    await welsh.page.locator('.language-switcher button[lang=cy]').click();
    await welsh.page.locator('html[lang=cy]').waitFor({ state: 'attached' });
    await settled(welsh.page);
    if (then) {
      await then(welsh.page);
      await settled(welsh.page);
    }
    const english = await englishInWelsh(welsh.page, userContent);
    // Both lists at once: a page's failure then shows everything to fix.
    expect({ untranslated: listed(untranslated), englishInWelsh: listed(english) }).toEqual({ untranslated: '', englishInWelsh: '' });
    expect([...pseudo.errors, ...welsh.errors]).toEqual([]);
  }

  // Before any account exists: the front door offers the first commissioner account.
  it('first run', async () => {
    await check(null, '/', []);
  });

  describe('with data', () => {
    beforeAll(async () => {
      world = await i18nWorld(server);
    });

    for (const visit of VISITS) {
      it(visit.name, async () => {
        const account = visit.as ? world[visit.as] : null;
        await check(account, visit.path(world), world.userContent, visit.then);
      });
    }
  });
});

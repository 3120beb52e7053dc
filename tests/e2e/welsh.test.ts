import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { api } from '../helpers/httpAccounts.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { launchBrowser, waitForText } from './helpers/browser.ts';
import { expectAccessible, expectHeading, factValue, newPerson, PASSWORD } from './helpers/people.ts';

/** Every page in Welsh: translated, announced as Welsh (<html lang>), and free of serious accessibility problems. */
describe('the pages in Welsh', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let workspaceId: string;
  let invitationCode: string;

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    const signup = await api(server, 'POST', '/api/auth/signup', { email: 'elen@example.org', password: PASSWORD, displayName: 'Elen' });
    const cookie = signup.headers.getSetCookie().at(-1)!.split(';')[0]!;
    const workspace = await api(server, 'POST', '/api/workspaces', { name: 'Gogledd 2027', model: '2', zones: ['Bangor'], quadrant: 'review' }, cookie);
    workspaceId = workspace.body.workspace.id;
    await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: 'Manyleb 2027' }, cookie);
    const invitation = await api(server, 'POST', `/api/workspaces/${workspaceId}/invitations`, { role: 'provider', organisationName: 'Gofal Da Cyf' }, cookie);
    invitationCode = invitation.body.invitation.code;
    await api(server, 'POST', `/api/workspaces/${workspaceId}/workshops`, { title: 'Beth sy’n bwysig i chi', durationMinutes: 120 }, cookie);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it('reads every page in Welsh', async () => {
    const { page, errors } = await newPerson(browser, contexts, { language: 'cy' });
    const visit = async (path: string, heading: string) => {
      await page.goto(`${server.url}${path}`);
      await expectHeading(page, heading);
      expect(await page.locator('html').getAttribute('lang')).toBe('cy');
      await expectAccessible(page);
    };

    await visit('/', "Llunio gofal cartref gyda'n gilydd");
    await page.getByRole('link', { name: 'Ymuno â gweithdy gyda chod' }).waitFor();
    expect(await page.title()).toBe("Gweithdy – llunio gofal cartref gyda'n gilydd");

    await visit('/signin', 'Mewngofnodi');
    await visit('/signup', 'Creu cyfrif');
    await visit('/join', 'Ymuno â gweithdy');
    expect(await page.title()).toBe('Ymuno â gweithdy – Gweithdy');
    await page.getByRole('button', { name: "Ymuno â'r gweithdy" }).click();
    await waitForText(page.getByRole('alert'), /Mae problem\s+Rhowch y cod/);
    await expectAccessible(page);

    await visit(`/invitations/${invitationCode}`, 'Rydych chi wedi cael gwahoddiad i Gogledd 2027');
    expect(await factValue(page, 'Eich rôl')).toBe('Darparwr');
    // Dates in Welsh words, whatever locale data the browser has.
    expect(await factValue(page, "Mae'r gwahoddiad yn gweithio tan")).toMatch(
      /^Dydd (Sul|Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn) \d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4} am \d\d:\d\d$/,
    );
    await visit('/invitations/nid-yw-hwn-yn-god', "Dydy'r ddolen wahoddiad hon ddim yn gweithio");
    await visit('/dim-byd-yma', "Heb ddod o hyd i'r dudalen");

    // Signed in.
    await page.goto(`${server.url}/`);
    await page.getByLabel('Cyfeiriad e-bost').fill('elen@example.org');
    await page.getByLabel('Cyfrinair').fill(PASSWORD);
    await page.getByRole('button', { name: 'Mewngofnodi', exact: true }).click();
    await expectHeading(page, 'Eich gweithleoedd');
    await page.getByText('Wedi mewngofnodi fel Elen').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Gogledd 2027' }).click();
    await expectHeading(page, 'Gogledd 2027');
    expect(await factValue(page, 'Eich rôl')).toBe('Comisiynydd');
    expect(await factValue(page, 'Cam yn y cylch')).toBe('Adolygu');
    expect(await factValue(page, 'Model')).toBe('Model 2: Gwobrwyo canlyniadau');
    await waitForText(page.getByRole('listitem').filter({ hasText: 'Manyleb 2027' }), /Gallwch chi olygu/);
    await page.getByRole('article', { name: 'Beth sy’n bwysig i chi' }).getByText('Cod i ymuno:').waitFor();
    await expectAccessible(page);

    // A wrong password, in Welsh.
    await page.getByRole('button', { name: 'Allgofnodi' }).click();
    await expectHeading(page, "Llunio gofal cartref gyda'n gilydd");
    await page.getByLabel('Cyfeiriad e-bost').fill('elen@example.org');
    await page.getByLabel('Cyfrinair').fill('anghywir iawn');
    await page.getByRole('button', { name: 'Mewngofnodi', exact: true }).click();
    await waitForText(page.getByRole('alert'), /Dydy'r cyfeiriad e-bost neu'r cyfrinair ddim yn gywir/);
    expect(errors).toEqual([]);
  });
});

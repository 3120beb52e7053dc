import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api, type HttpAccount } from '../helpers/httpAccounts.ts';
import { anchor, commentPeople, openConsultation } from '../helpers/commentPeople.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { isFocused, launchBrowser, waitForText } from './helpers/browser.ts';
import { expectAccessible, expectHeading, newPerson, tabTo } from './helpers/people.ts';

/** “You said, we did”: the published summary of a specification's consultation, reached from the comments panel. */
describe('you said, we did summary', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let people: Awaited<ReturnType<typeof commentPeople>>['people'];
  let workspaceId: string;
  let specId: string;
  const errorsOf = new Map<Page, string[]>();

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    const made = await commentPeople(server);
    people = made.people;
    workspaceId = made.workspaceId;
    specId = await made.newSpecification('Home care specification');
    expect((await openConsultation(server, specId, people.commissioner, 'open')).status).toBe(201);
    const said = async (who: HttpAccount, quote: string, body: string, outcome: string, reason: string) => {
      const thread = await api(server, 'POST', `/api/artefacts/${specId}/threads`, { anchor: anchor(quote), body }, who.cookie);
      expect(thread.status).toBe(201);
      const recorded = await api(server, 'POST', `/api/artefacts/${specId}/threads/${thread.body.thread.id}/outcome`, { outcome, reason }, people.commissioner.cookie);
      expect(recorded.status).toBe(200);
    };
    await said(people.gofalDa, 'getting dressed', 'Please say how this is measured', 'changed', 'We added the measures to section 4.');
    await said(people.cartref, 'travel time', 'Travel time should be paid', 'not_changed', 'Pay is set in the contract, not here.');
    await said(people.carer, 'weekends', 'Cover at weekends matters to carers', 'changed', 'Weekend cover is now required.');
    // A thread with no outcome yet is left out of the summary.
    await api(server, 'POST', `/api/artefacts/${specId}/threads`, { anchor: anchor('late calls'), body: 'Not answered yet' }, people.gofalDa.cookie);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function personAt(account: HttpAccount, path: string, language?: 'cy'): Promise<Page> {
    const { context, page, errors } = await newPerson(browser, contexts, { language });
    errorsOf.set(page, errors);
    const [name, value] = account.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    await page.goto(`${server.url}${path}`);
    return page;
  }

  const summaryPath = (id = specId) => `/workspaces/${workspaceId}/specifications/${id}/you-said-we-did`;

  it('a commissioner reaches the summary from the comments panel by keyboard, reads it grouped by outcome, prints it and goes back', async () => {
    const page = await personAt(people.commissioner, `/workspaces/${workspaceId}/specifications/${specId}`);
    await expectHeading(page, 'Home care specification');
    const link = page.getByRole('complementary', { name: 'Comments' }).getByRole('link', { name: /You said, we did/ });
    await tabTo(page, link, 60);
    await page.keyboard.press('Enter');
    await expectHeading(page, 'You said, we did: Home care specification');
    expect(await page.title()).toContain('You said, we did: Home care specification');

    await waitForText(page.locator('main'), /The consultation opened on .* and is open until .*, so this summary may still change\./);
    const counts = page.locator('.ysw-counts');
    expect((await counts.innerText()).replace(/\s+/g, ' ')).toBe('Changed the specification 2 Not changed 1 Already covered 0');
    const changed = page.getByRole('region', { name: /Changed the specification/ });
    expect(await changed.getByRole('listitem').count()).toBe(2);
    await waitForText(changed, /On “getting dressed”\s+You said\s+Please say how this is measured\s+We did\s+Changed the specification\s+Why\s+We added the measures to section 4\./);
    const notChanged = page.getByRole('region', { name: /Not changed/ });
    await waitForText(notChanged, /Travel time should be paid[\s\S]*Pay is set in the contract, not here\./);
    // No section for an outcome nobody got; the unanswered thread is not there; no names are published.
    expect(await page.getByRole('region', { name: /Already covered/ }).count()).toBe(0);
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('Not answered yet');
    expect(text).not.toContain('Gwen of Gofal Da');
    await expectAccessible(page);

    // Print: the button prints; on paper the page frame and the controls are left out.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => (window as unknown as { printed: number }).printed++;
    });
    const print = page.getByRole('button', { name: 'Print this summary' });
    await tabTo(page, print, 10);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await print.isVisible()).toBe(false);
    expect(await changed.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'Back to the specification' }).click();
    await expectHeading(page, 'Home care specification');
    expect(await isFocused(page.getByRole('heading', { level: 1 }))).toBe(true);
    expect(errorsOf.get(page)).toEqual([]);
  });

  it('reads in Welsh for a provider', async () => {
    const page = await personAt(people.cartref, summaryPath(), 'cy');
    await expectHeading(page, 'Dywedoch chi, gwnaethom ni: Home care specification');
    await waitForText(page.getByRole('region', { name: /Heb ei newid/ }), /Dywedoch chi\s+Travel time should be paid\s+Gwnaethom ni\s+Heb ei newid\s+Pam/);
    await page.getByRole('button', { name: 'Argraffu’r crynodeb hwn' }).waitFor();
    await page.getByRole('link', { name: 'Yn ôl i’r fanyleb' }).waitFor();
    await expectAccessible(page);
    expect(errorsOf.get(page)).toEqual([]);
  });

  it('says plainly when the summary is not there (404) or not for this reader (403)', async () => {
    const missing = await personAt(people.gofalDa, summaryPath('no-such-specification'));
    await expectHeading(missing, 'Summary not found');
    await waitForText(missing.locator('main'), /There is no specification at this address/);
    await missing.getByRole('link', { name: 'Back to the workspace' }).waitFor();
    await expectAccessible(missing);

    // Citizens have no access to specifications.
    const citizen = await personAt(people.citizen, summaryPath());
    await expectHeading(citizen, 'You cannot see this summary');
    await waitForText(citizen.locator('main'), /does not give you access to this specification/);
    expect(await citizen.locator('main').innerText()).not.toContain('Travel time');
    await expectAccessible(citizen);
  });
});

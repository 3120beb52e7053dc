import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page, WebSocketRoute } from 'playwright-core';
import type { HttpAccount } from '../helpers/httpAccounts.ts';
import { commentPeople, openConsultation, startThread } from '../helpers/commentPeople.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { launchBrowser, waitForText } from './helpers/browser.ts';
import { expectAccessible, expectHeading, newPerson } from './helpers/people.ts';

const SAVED = /All changes saved|Pob newid wedi'i gadw/;

/**
 * Status messages reach screen readers politely (WCAG 4.1.3): a lost
 * connection, changes waiting offline and the way back to saved, but not each
 * keystroke's "saving"; and a comment from someone else arriving live.
 */
describe('status messages announced politely', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let made: Awaited<ReturnType<typeof commentPeople>>;

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    made = await commentPeople(server);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  /** Opens the specification; `network` lets the test drop this person's live connection. */
  async function specificationPage(account: HttpAccount, specId: string, language?: 'cy') {
    const { context, page } = await newPerson(browser, contexts, { language });
    const [name, value] = account.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    const network = { down: false, open: new Set<WebSocketRoute>() };
    await context.routeWebSocket(/\/collab\//, (socket) => {
      if (network.down) return void socket.close({ code: 1001, reason: 'offline' });
      network.open.add(socket);
      socket.connectToServer();
    });
    await page.goto(`${server.url}/workspaces/${made.workspaceId}/specifications/${specId}`);
    await expectHeading(page, 'Announced specification');
    await waitForText(page.locator('#specification-status'), SAVED);
    return { page, network };
  }

  /** The live region of the saved state: polite, never assertive. */
  async function connectionAnnouncer(page: Page): Promise<Locator> {
    const region = page.locator('.connection-status').getByRole('status');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    return region;
  }

  it('announces a lost connection, changes waiting offline and saved again, but not typing', async () => {
    const specId = await made.newSpecification('Announced specification');
    const { page, network } = await specificationPage(made.people.commissioner, specId);
    const announcer = await connectionAnnouncer(page);
    // Loading the page is not news.
    expect(await announcer.innerText()).toBe('');

    const doc = page.getByRole('textbox', { name: 'Specification text' });
    await doc.click();
    await page.keyboard.type('Visits are never rushed.');
    await waitForText(page.locator('#specification-status'), SAVED);
    expect(await announcer.innerText(), 'saving and saved while typing are not announced').toBe('');

    network.down = true;
    for (const socket of network.open) await socket.close({ code: 1001, reason: 'offline' });
    network.open.clear();
    await waitForText(announcer, /Connection lost\. Reconnecting/);

    await doc.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Written offline.');
    await waitForText(announcer, /^Offline – \d+ unsent changes?\./);
    expect(await page.locator('[aria-live="assertive"], [role="alert"]').filter({ hasText: /Offline|Reconnecting/ }).count()).toBe(0);

    network.down = false;
    await waitForText(announcer, /^Connected\. All changes saved$/, 30_000);
    await waitForText(page.locator('#specification-status'), SAVED);
    await expectAccessible(page);
  });

  it('announces a comment from someone else as it arrives, in English and Welsh', async () => {
    const { people } = made;
    const specId = await made.newSpecification('Announced specification');
    expect((await openConsultation(server, specId, people.commissioner, 'open')).status).toBe(201);
    const english = (await specificationPage(people.commissioner, specId)).page;
    const welsh = (await specificationPage(people.commissioner, specId, 'cy')).page;
    const newsOf = (page: Page) => page.locator('.spec-comments').getByRole('status').filter({ hasText: /comment|Sylw/ });

    // One's own comment is not news.
    expect((await startThread(server, specId, people.commissioner, 'Our own note')).status).toBe(201);
    await english.getByText('Our own note').waitFor();
    expect(await newsOf(english).count()).toBe(0);

    expect((await startThread(server, specId, people.gofalDa, 'How is thirty minutes measured?')).status).toBe(201);
    await waitForText(newsOf(english), /^New comment from Gwen of Gofal Da\.$/);
    await waitForText(newsOf(welsh), /^Sylw newydd gan Gwen of Gofal Da\.$/);
    expect(await newsOf(english).getAttribute('aria-live')).toBe('polite');
    await expectAccessible(english);
    await expectAccessible(welsh);
  });
});

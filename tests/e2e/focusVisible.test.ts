import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { HttpAccount } from '../helpers/httpAccounts.ts';
import { commentPeople } from '../helpers/commentPeople.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { launchBrowser, waitForText } from './helpers/browser.ts';
import { walkFocus, type FocusStop } from './helpers/focusWalk.ts';
import { expectHeading, newPerson, PHONE } from './helpers/people.ts';
import { MapTestWorld } from './helpers/processMapWorld.ts';

/**
 * Visible focus (WCAG 2.4.7) that nothing covers (2.4.11), for a keyboard user
 * tabbing through whole pages, on a laptop and on a phone.
 */
describe('focus is always visible and never covered', { timeout: 120_000 }, () => {
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

  async function signedIn(account: HttpAccount, path: string, viewport?: { width: number; height: number }): Promise<Page> {
    const { context, page } = await newPerson(browser, contexts, { viewport });
    const [name, value] = account.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    await page.goto(`${server.url}${path}`);
    return page;
  }

  function expectAllVisible(stops: FocusStop[]): void {
    expect(stops.length).toBeGreaterThan(3);
    expect(stops.filter((s) => !s.indicated).map((s) => s.what), 'focus without an indicator').toEqual([]);
    expect(stops.filter((s) => !s.uncovered).map((s) => s.what), 'focus covered or off screen').toEqual([]);
  }

  it('on the home page signed out', async () => {
    const { page } = await newPerson(browser, contexts);
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expectAllVisible(await walkFocus(page, 40));
  });

  it('on a specification with its editor, toolbar and comments, on a laptop and a phone', async () => {
    const specId = await made.newSpecification('Focus specification');
    for (const viewport of [undefined, PHONE]) {
      const page = await signedIn(made.people.commissioner, `/workspaces/${made.workspaceId}/specifications/${specId}`, viewport);
      await expectHeading(page, 'Focus specification');
      await waitForText(page.locator('#specification-status'), /All changes saved/);
      expectAllVisible(await walkFocus(page, 60));
    }
  });

  it('on the outcome framework', async () => {
    const page = await signedIn(made.people.commissioner, `/workspaces/${made.workspaceId}/outcomes`);
    await expectHeading(page, 'Outcome framework');
    await waitForText(page.locator('#framework-status'), /All changes saved/);
    expectAllVisible(await walkFocus(page, 60));
  });
});

describe('focus on the process map canvas', { timeout: 120_000 }, () => {
  let world: MapTestWorld;
  beforeAll(async () => {
    world = await MapTestWorld.start();
  });
  afterAll(() => world?.close());

  it('is visible on every node, connection and control, and Tab leaves the canvas', async () => {
    const { page } = await world.tool19Map('Focus map');
    await page.getByRole('button', { name: 'Canvas', exact: true }).click();
    await page.locator('.react-flow__node').first().waitFor();
    const stops = await walkFocus(page, 120);
    expect(stops.filter((s) => !s.indicated).map((s) => s.what), 'focus without an indicator').toEqual([]);
    expect(stops.filter((s) => !s.uncovered).map((s) => s.what), 'focus covered or off screen').toEqual([]);
    // No trap: Tab reaches the canvas's nodes and connections, then goes on to what follows it.
    const lastInCanvas = stops.findLastIndex((s) => s.inCanvas);
    expect(stops.filter((s) => s.inCanvas).length).toBeGreaterThan(5);
    expect(lastInCanvas, 'focus left the canvas').toBeLessThan(stops.length - 1);
  });
});

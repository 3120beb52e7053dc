import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import {
  checkAccessibility,
  describeViolations,
  isFocused,
  launchBrowser,
  waitForText,
  waitForValue,
} from './helpers/browser.ts';

const SAVED = /All changes saved/;

describe('live co-editing check page', () => {
  let server: TestServer;
  let restarted: TestServer | null = null;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    // The restarted server borrows the first one's data: close it before the first deletes that data.
    await restarted?.close();
    await server?.close();
  });

  /** A fresh room per test, so no test sees another's notes. */
  const roomUrl = (label: string) => `${server.url}/check?room=e2e/${label}-${randomUUID()}`;

  /** Like a new person: own storage, own connection. */
  async function openPage(url: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(url);
    return page;
  }

  const statusOf = (page: Page) => page.getByRole('status');
  const notesOf = (page: Page) => page.getByLabel('Shared notes', { exact: true });

  async function expectNoSeriousViolations(page: Page) {
    const violations = await checkAccessibility(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  }

  it('has no serious accessibility problems in English or Welsh, and remembers Welsh after a reload', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The browser logs the signed-out answer of /api/me (401) as a failed resource; that is not a page error.
    page.on('console', (message) => {
      if (message.type() === 'error' && !/^Failed to load resource: .* 401/.test(message.text())) errors.push(message.text());
    });
    await page.goto(roomUrl('a11y'));
    await waitForText(statusOf(page), SAVED);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Live co-editing check – Gweithdy');
    await page.getByRole('heading', { level: 1, name: 'Live co-editing check' }).waitFor();
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    await page.getByRole('heading', { level: 1, name: 'Gwirio golygu byw ar y cyd' }).waitFor();
    await page.getByText('Defnyddiwch hwn cyn gweithdy', { exact: false }).waitFor();
    await waitForText(statusOf(page), /Pob newid wedi'i gadw/);
    expect(await page.getByRole('button', { name: 'Cymraeg' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.title()).toBe('Gwirio golygu byw ar y cyd – Gweithdy');
    await expectNoSeriousViolations(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Gwirio golygu byw ar y cyd' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await page.evaluate(() => localStorage.getItem('gweithdy.language'))).toBe('cy');
    await page.getByLabel('Nodiadau a rennir', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Live co-editing check' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
  });

  it('can be used with the keyboard alone: skip link first, then home, the language switcher, then the notes', async () => {
    const page = await openPage(roomUrl('keyboard'));
    await waitForText(statusOf(page), SAVED);
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });

    await page.keyboard.press('Tab');
    expect(await isFocused(skipLink)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('link', { name: 'Gweithdy', exact: true }))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('button', { name: 'English' }))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('button', { name: 'Cymraeg' }))).toBe(true);

    // Back to the skip link, and use it.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await isFocused(skipLink)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await isFocused(page.getByRole('main'))).toBe(true);

    const notes = notesOf(page);
    for (let presses = 0; presses < 10 && !(await isFocused(notes)); presses++) await page.keyboard.press('Tab');
    expect(await isFocused(notes)).toBe(true);

    await page.keyboard.type('Typed with the keyboard only');
    await waitForValue(notes, 'Typed with the keyboard only');
    await waitForText(statusOf(page), SAVED);
  });

  it('shows what one person types to another live, keeps carets in place, and keeps the text after a reload', async () => {
    const url = roomUrl('two-people');
    const alice = await openPage(url);
    const bryn = await openPage(url);
    await waitForText(statusOf(alice), SAVED);
    await waitForText(statusOf(bryn), SAVED);

    await notesOf(alice).click();
    await alice.keyboard.type('Hello world');
    await waitForValue(notesOf(bryn), 'Hello world');
    // Alice's caret goes back to just after "Hello".
    for (let i = 0; i < ' world'.length; i++) await alice.keyboard.press('ArrowLeft');

    // Bryn writes before and after Alice's caret.
    await notesOf(bryn).click();
    await bryn.keyboard.press('Control+Home');
    await bryn.keyboard.type('Hi. ');
    await bryn.keyboard.press('Control+End');
    await bryn.keyboard.type(' Bye.');
    await waitForValue(notesOf(alice), 'Hi. Hello world Bye.');

    // Alice's caret moved with her text: her comma lands after "Hello".
    await alice.keyboard.type(',');
    await waitForValue(notesOf(alice), 'Hi. Hello, world Bye.');
    await waitForValue(notesOf(bryn), 'Hi. Hello, world Bye.');

    await waitForText(statusOf(alice), SAVED);
    await waitForText(statusOf(bryn), SAVED);

    await alice.reload();
    await waitForText(statusOf(alice), SAVED);
    await waitForValue(notesOf(alice), 'Hi. Hello, world Bye.');
  });

  it('is linked from the footer of the home page', async () => {
    const page = await openPage(`${server.url}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Check live editing works on this device' }).click();
    await page.getByRole('heading', { level: 1, name: 'Live co-editing check' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/check');
    await waitForText(statusOf(page), SAVED);
  });

  // Last: this test stops the server.
  it('tells the person it is connecting, then saved, then offline with unsent changes, and sends them on reconnect', async () => {
    const url = roomUrl('offline');
    const context = await browser.newContext();
    contexts.push(context);
    // Record every status text from the first paint, before any test code can look.
    await context.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { statusLog: string[] }).statusLog = log;
      new MutationObserver(() => {
        const text = document.querySelector('[role="status"]')?.textContent;
        if (text && text !== log[log.length - 1]) log.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const page = await context.newPage();
    await page.goto(url);
    const watcher = await openPage(url);

    await waitForText(statusOf(page), SAVED);
    const log = await page.evaluate(() => (window as unknown as { statusLog: string[] }).statusLog);
    expect(log[0]).toBe('Connecting…');
    expect(log).toContain('Connected. All changes saved');

    await notesOf(page).click();
    await page.keyboard.type('Before. ');
    await waitForValue(notesOf(watcher), 'Before. ');
    await waitForText(statusOf(page), SAVED);

    const port = server.server.port;
    await server.stop();
    await waitForText(statusOf(page), /Connection lost\. Reconnecting…/);

    await page.keyboard.type('abc');
    await waitForText(statusOf(page), /^Offline – 3 unsent changes\./);

    // The same data on the same port: the page reconnects by itself and sends what it kept.
    restarted = await startTestServer({ serveClient: true, target: server.target, env: { PORT: String(port) } });
    await waitForText(statusOf(page), SAVED, 20_000);
    await waitForValue(notesOf(watcher), 'Before. abc', 20_000);

    const newcomer = await openPage(url);
    await waitForText(statusOf(newcomer), SAVED);
    await waitForValue(notesOf(newcomer), 'Before. abc');
  });
});

import { expect } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { api } from '../../helpers/httpAccounts.ts';
import type { TestServer } from '../../helpers/testServer.ts';
import { waitFor } from '../../helpers/waitFor.ts';
import { checkAccessibility, describeViolations, isFocused } from './browser.ts';

/** Shared steps of the browser tests: people with their own browser, signing in, checking a page. */

export const PASSWORD = 'a long enough password';
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export interface Person {
  context: BrowserContext;
  page: Page;
  /** Script errors seen in the page (network refusals the app handles are not errors). */
  errors: string[];
}

/** A new person: own cookies and storage. `language: 'cy'` starts them in Welsh, as a returning Welsh reader. */
export async function newPerson(
  browser: Browser,
  contexts: BrowserContext[],
  { viewport = DESKTOP, language }: { viewport?: { width: number; height: number }; language?: 'en' | 'cy' } = {},
): Promise<Person> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  if (language) {
    await context.addInitScript((lang) => window.localStorage.setItem('gweithdy.language', lang), language);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // The browser logs every refused fetch (404 for a wrong code, 401 once a session ended); the app handles those.
    if (message.type() === 'error' && !/^Failed to load resource: .* 4\d\d/.test(message.text())) errors.push(message.text());
  });
  return { context, page, errors };
}

export async function expectAccessible(page: Page): Promise<void> {
  const violations = await checkAccessibility(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** Waits for the page's one h1 to read `name`. */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
}

/** Presses Tab until `target` has focus (at most `limit` times), like a keyboard user looking for it. */
export async function tabTo(page: Page, target: Locator, limit = 25): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  expect(await isFocused(target), `focus reached ${target} within ${limit} Tab presses`).toBe(true);
}

/** The text of a description list entry (<dt>term</dt><dd>value</dd>) on the page. */
export async function factValue(scope: Page | Locator, term: string): Promise<string> {
  const dd = scope.locator('dt', { hasText: term }).first().locator('xpath=following-sibling::dd[1]');
  return (await dd.innerText()).trim();
}

/** An account made over the API (the UI flows that make accounts are tested on their own). */
export async function accountOverHttp(server: TestServer, displayName: string, email: string): Promise<void> {
  const res = await api(server, 'POST', '/api/auth/signup', { email, password: PASSWORD, displayName });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** Signs in with the form on the home page and waits for the workspace list. */
export async function signInThroughHome(page: Page, server: TestServer, email: string, password = PASSWORD): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expectHeading(page, 'Your workspaces');
}

/** A workspace made over the API by a signed-in page (the page's own cookie, our Origin). */
export async function workspaceFromPage(page: Page, server: TestServer, name: string, model = '1'): Promise<string> {
  const response = await page.request.post(`${server.url}/api/workspaces`, {
    data: { name, model },
    headers: { Origin: server.url },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { workspace: { id: string } }).workspace.id;
}

/** Waits until `locator` has keyboard focus. */
export function waitForFocus(locator: Locator, message = 'focus'): Promise<boolean> {
  return waitFor(() => isFocused(locator), { message });
}

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { HttpAccount } from '../../helpers/httpAccounts.ts';
import type { TestServer } from '../../helpers/testServer.ts';
import { waitForText } from './browser.ts';
import { expectHeading, newPerson } from './people.ts';

/** Steps of the version history browser tests. */

/** A signed-in person's own browser (session cookie from the API: signing in has its own tests), with their script errors. */
export async function signedInPage(browser: Browser, contexts: BrowserContext[], server: TestServer, account: HttpAccount, language?: 'cy') {
  const person = await newPerson(browser, contexts, { language });
  const [name, value] = account.cookie.split('=') as [string, string];
  await person.context.addCookies([{ name, value, url: server.url }]);
  return person;
}

export function historyUrl(server: TestServer, workspaceId: string, artefactId: string): string {
  return `${server.url}/workspaces/${workspaceId}/history/${artefactId}`;
}

/** Opens the history of an artefact and waits for its versions (or the empty list) to be shown. */
export async function openHistory(page: Page, server: TestServer, workspaceId: string, artefactId: string, heading: string | RegExp): Promise<void> {
  await page.goto(historyUrl(server, workspaceId, artefactId));
  await expectHeading(page, heading);
  await page.locator('#versions-heading').waitFor();
}

/** The list entry of version `number`. */
export function versionItem(page: Page, number: number): Locator {
  return page.locator('li.version').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^(Version|Fersiwn) ${number}:`) }) });
}

/** Names the current state through the form and waits for it in the list. */
export async function nameVersion(page: Page, label: string, number: number): Promise<void> {
  await page.getByLabel('Name of the version').fill(label);
  await page.getByRole('button', { name: 'Save as a version' }).click();
  await waitForText(page.getByRole('status'), new RegExp(`Saved as version ${number}: ${label}`));
  await versionItem(page, number).waitFor();
}

/** Chooses two versions in the compare form, compares, and waits for the result's heading. */
export async function compare(page: Page, from: number, to: number, words = { from: 'From version', to: 'To version', submit: 'Compare' }): Promise<Locator> {
  await page.getByLabel(words.from, { exact: true }).selectOption(String(from));
  await page.getByLabel(words.to, { exact: true }).selectOption(String(to));
  await page.getByRole('button', { name: words.submit, exact: true }).click();
  const result = page.locator('section.history__result');
  await result.getByRole('heading', { level: 2 }).waitFor();
  await result.locator('[aria-busy="false"]').waitFor();
  return result;
}

import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { waitFor } from '../../helpers/waitFor.ts';
import { isFocused, waitForText } from './browser.ts';
import { waitForFocus } from './people.ts';

/** Steps of the process map's list view as a person takes them: by role and name, with the keyboard where it matters. */

export const STAGES = {
  define: 'Set out and define purpose',
  design: 'Design and test',
  implement: 'Action or implementation',
} as const;

export const stage = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
export const item = (scope: Page | Locator, name: string) => scope.getByRole('article', { name, exact: true });
export const listStatus = (page: Page) => page.locator('.map-list').getByRole('status');

/** Presses Tab (or Shift+Tab) until `target` has focus, like a keyboard user looking for it. */
export async function keyTo(page: Page, target: Locator, { backwards = false, limit = 80 } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  expect(await isFocused(target), `focus reached ${target} within ${limit} presses`).toBe(true);
}

/** Chooses an option of the focused closed select with the arrow keys (Down, then Up if it ran past). */
export async function chooseByKeyboard(page: Page, select: Locator, option: string): Promise<void> {
  const chosen = () => select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  expect(await isFocused(select)).toBe(true);
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let presses = 0; presses < 12 && (await chosen()) !== option; presses++) await page.keyboard.press(key);
  }
  expect(await chosen()).toBe(option);
}

/** Switches the map page to its list view with the keyboard and waits for the first stage. */
export async function openListByKeyboard(page: Page): Promise<void> {
  await keyTo(page, page.getByRole('button', { name: 'List', exact: true }));
  await page.keyboard.press('Enter');
  await stage(page, STAGES.define).waitFor();
}

/** Adds an item to a stage from that stage's form, by keyboard; focus lands on the new item. */
export async function addByKeyboard(page: Page, stageName: string, kind: string, name: string): Promise<void> {
  const form = page.getByRole('form', { name: `Add an item to ${stageName}` });
  const kindSelect = form.getByLabel('Kind');
  await keyTo(page, kindSelect);
  await chooseByKeyboard(page, kindSelect, kind);
  await page.keyboard.press('Tab');
  expect(await isFocused(form.getByLabel('Name'))).toBe(true);
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await waitForFocus(item(stage(page, stageName), name).getByRole('heading', { level: 3 }), `“${name}” focused after adding`);
  await waitForText(listStatus(page), new RegExp(`Added “${escape(name)}” to ${escape(stageName)}`));
}

/** Opens an item's editing controls by keyboard (Tab or Shift+Tab to its Edit button, then Enter). */
export async function editByKeyboard(page: Page, article: Locator, backwards = false): Promise<void> {
  const button = article.getByRole('button', { name: /^Edit “/ });
  await keyTo(page, button, { backwards });
  await page.keyboard.press('Enter');
  await article.getByRole('button', { name: /^Finish editing “/ }).waitFor();
}

/** The "→ to …" / "← from …" lines of an item, as read. */
export async function connectionsOf(article: Locator): Promise<string[]> {
  const lines = article.locator('.map-list__connection-name');
  return (await lines.allInnerTexts()).map((line) => line.trim());
}

/** Waits for an item's connections to read exactly `expected`. */
export async function waitForConnections(article: Locator, expected: string[]): Promise<void> {
  let last: string[] = [];
  try {
    await waitFor(async () => {
      last = await connectionsOf(article);
      return JSON.stringify(last) === JSON.stringify(expected);
    }, { message: `connections ${JSON.stringify(expected)}` });
  } catch (error) {
    throw new Error(`Expected connections ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)}`, { cause: error });
  }
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The whole outline as read: "stage / item" → its connection lines, to compare two people's views. */
export async function outlineOf(page: Page): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const stageName of Object.values(STAGES)) {
    for (const article of await stage(page, stageName).getByRole('article').all()) {
      const heading = await article.getByRole('heading', { level: 3 }).innerText();
      result[`${stageName} / ${heading}`] = await connectionsOf(article);
    }
  }
  return result;
}

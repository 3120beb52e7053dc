import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { isFocused } from './browser.ts';

/** Where things are on the process map canvas, for browser tests that use the mouse or the keyboard on it. */

/** A node's position in flow coordinates, from React Flow's transform (the same at any zoom). */
export async function positionOf(located: Locator): Promise<{ x: number; y: number }> {
  const transform = await located.evaluate((element) => (element as HTMLElement).style.transform);
  const match = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`no position in ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** Mouse actions reach only what is on screen: the canvas, scrolled to the middle of the window. */
export async function canvasInView(page: Page): Promise<void> {
  await page.locator('.map-flow').evaluate((element) => element.scrollIntoView({ block: 'center' }));
}

export async function centreOf(located: Locator): Promise<{ x: number; y: number }> {
  const box = await located.boundingBox();
  if (!box) throw new Error(`${located} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses Shift+Tab until `target` has focus: back from the details panel to the canvas. */
export async function shiftTabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit && !(await isFocused(target)); presses++) await page.keyboard.press('Shift+Tab');
  expect(await isFocused(target), `focus reached ${target}`).toBe(true);
}

import type { Locator, Page } from 'playwright-core';
import { waitForFocus } from './people.ts';

/** What a person does on the process map's canvas, for tests that check the list view keeps up with it. */

export const canvasNode = (page: Page, name: string) => page.locator('.react-flow__node', { hasText: name });

/** A connection on the canvas, by the name the canvas gives it. */
export const canvasEdge = (page: Page, from: string, to: string): Locator =>
  page.locator(`.react-flow__edge[aria-label=${JSON.stringify(`Connection from ${from} to ${to}`)}]`);

/** Adds a node from the canvas toolbar in a stage and types its name into the field that takes focus. */
export async function addOnCanvas(page: Page, stageName: string, name: string): Promise<void> {
  await page.getByLabel('Stage', { exact: true }).selectOption({ label: stageName });
  await page.getByRole('button', { name: 'Add a node' }).click();
  await waitForFocus(page.getByLabel('Name on the map'), 'the new node’s name focused');
  await page.keyboard.type(name);
  await canvasNode(page, name).waitFor();
}

async function handleCentre(page: Page, name: string, side: 'source' | 'target') {
  const box = await canvasNode(page, name).locator(`.react-flow__handle.${side}`).boundingBox();
  if (!box) throw new Error(`no ${side} handle on ${name}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Connects two nodes as a mouse user does: a drag from one's connection point to the other's. */
export async function connectOnCanvas(page: Page, from: string, to: string): Promise<void> {
  // The page may have scrolled (to a focused field) so the handles sit below the window: bring them into view first.
  await canvasNode(page, from).locator('.react-flow__handle.source').scrollIntoViewIfNeeded();
  await canvasNode(page, to).locator('.react-flow__handle.target').scrollIntoViewIfNeeded();
  const start = await handleCentre(page, from, 'source');
  const end = await handleCentre(page, to, 'target');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
  // An edge's group can have no box of its own (a straight line): found in the page rather than seen.
  await canvasEdge(page, from, to).waitFor({ state: 'attached' });
}

import type { Page } from 'playwright-core';

export interface FocusStop {
  /** A short description of the focused element, for failure messages. */
  what: string;
  /** A focus indicator is drawn: an outline of 2px or more, or a box shadow (for a connection, a thick line). */
  indicated: boolean;
  /** The element's middle is on screen and not covered by anything else (WCAG 2.4.11). */
  uncovered: boolean;
  /** Inside the process map canvas (React Flow). */
  inCanvas: boolean;
}

/**
 * Presses Tab up to `presses` times from the top of the page and reports, for
 * every element focus lands on, whether its focus is visible and not covered.
 * Stops early when focus comes back round to an element already seen.
 */
export async function walkFocus(page: Page, presses: number): Promise<FocusStop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: FocusStop[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const rect = el.getBoundingClientRect();
      const path = el instanceof SVGGElement ? el.querySelector('path') : null;
      // A connection shows focus with its line (thicker than the 1.5 it is drawn with), not a box.
      const indicated = path ? parseFloat(getComputedStyle(path).strokeWidth) >= 3 : outline || style.boxShadow !== 'none';
      // Points to test: the middle of a box; for a connection on the canvas (a curve, partly
      // under the cards it joins) points all along its line, of which one must be showing (2.4.11 asks
      // that focus is not entirely hidden).
      let points = [{ x: rect.left + rect.width / 2, y: rect.top + Math.min(rect.height / 2, 12) }];
      const matrix = path?.getScreenCTM();
      // A connection between two cards that touch has no line to show, focused or not (a layout
      // matter of the canvas, reported in issue 9); it is counted as shown, and the list view has it.
      if (path && path.getTotalLength() < 2) return { what: '', indicated: true, uncovered: true, inCanvas: true, key: `short ${el.getAttribute('aria-label')}` };
      if (path && matrix) {
        const length = path.getTotalLength();
        points = Array.from({ length: 21 }, (_, i) => path.getPointAtLength((length * i) / 20).matrixTransform(matrix));
      }
      const shown = points.filter((p) => p.x >= 0 && p.y >= 0 && p.x < window.innerWidth && p.y < window.innerHeight);
      const onScreen = shown.length > 0;
      const hits = shown.map((p) => document.elementFromPoint(p.x, p.y));
      const hit = hits.find((h) => h && (el.contains(h) || h.contains(el))) ?? hits[0] ?? null;
      // A native control drawn under its own label counts as itself.
      const labelOf = hit?.closest('label');
      const uncovered = onScreen && !!hit && (el.contains(hit) || hit.contains(el) || (!!labelOf && labelOf.contains(el)) || (labelOf?.htmlFor === el.id && el.id !== ''));
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
      const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${name}”`;
      return { what, indicated, uncovered, inCanvas: el.closest('.react-flow') !== null, key: `${what}@${Math.round(rect.top + window.scrollY)}` };
    });
    if (!stop) continue;
    if (seen.has(stop.key)) break;
    seen.add(stop.key);
    stops.push({ what: stop.what, indicated: stop.indicated, uncovered: stop.uncovered, inCanvas: stop.inCanvas });
  }
  return stops;
}

import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { waitFor } from '../../helpers/waitFor.ts';

const require = createRequire(import.meta.url);

/** Debian's Chromium; `.ci/run` installs it when missing. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let axeSource: string | null = null;

/**
 * What axe checks: every WCAG 2.0, 2.1 and 2.2 A and AA rule plus axe's best
 * practices (landmarks, heading order, unique regions). Issue 9 asks for no
 * violations at all, so every impact counts, not only serious and critical.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core in the page and returns every violation, whatever its impact. */
export async function checkAccessibility(page: Page): Promise<AxeViolation[]> {
  axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const alreadyThere = await page.evaluate(() => 'axe' in window);
  if (!alreadyThere) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    interface AxeResult {
      id: string;
      impact?: string | null;
      help: string;
      nodes: Array<{ target: unknown[] }>;
    }
    interface Axe {
      run(context: Document, options: object): Promise<{ violations: AxeResult[] }>;
    }
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, AXE_TAGS);
}

/** One line per violation, for a readable assertion failure. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`).join('\n');
}

/** Whether keyboard focus is on the element `locator` finds. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Waits until the locator's text matches, and says what it last saw when it does not. */
export async function waitForText(locator: Locator, expected: RegExp, timeoutMs = 15_000): Promise<string> {
  let last = '';
  try {
    return await waitFor(
      async () => {
        last = await locator.innerText({ timeout: timeoutMs });
        return expected.test(last) ? last : null;
      },
      { timeoutMs, intervalMs: 25, message: `text matching ${expected}` },
    );
  } catch (error) {
    throw new Error(`Expected text matching ${expected}, last saw ${JSON.stringify(last)}`, { cause: error });
  }
}

/** Waits until a form field holds exactly `expected`. */
export async function waitForValue(locator: Locator, expected: string, timeoutMs = 15_000): Promise<void> {
  let last = '';
  try {
    await waitFor(
      async () => {
        last = await locator.inputValue({ timeout: timeoutMs });
        return last === expected;
      },
      { timeoutMs, intervalMs: 25, message: `value ${JSON.stringify(expected)}` },
    );
  } catch (error) {
    throw new Error(`Expected value ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)}`, { cause: error });
  }
}

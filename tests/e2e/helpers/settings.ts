import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { waitFor } from '../../helpers/waitFor.ts';
import { isFocused } from './browser.ts';
import { expectHeading, tabTo } from './people.ts';

/** Steps of the settings browser tests: reaching the page and choosing in its radio groups by keyboard. */

/** From where focus is (the top of a freshly loaded page), Tab to the header's Settings link and follow it with Enter. */
export async function openSettingsByKeyboard(page: Page, link = 'Settings', heading: string | RegExp = 'Settings'): Promise<void> {
  await tabTo(page, page.getByRole('banner').getByRole('link', { name: link, exact: true }), 40);
  await page.keyboard.press('Enter');
  await expectHeading(page, heading);
}

/**
 * Tab on into a radio group (focus lands on its checked radio) and press the
 * arrow key until `option` is checked, as a keyboard user would. Groups are
 * reached in page order, from where focus is.
 */
export async function chooseByKeyboard(page: Page, group: string, from: string, option: string): Promise<void> {
  const fieldset = page.getByRole('group', { name: group, exact: true });
  await tabTo(page, fieldset.getByRole('radio', { name: from, exact: true }), 60);
  const target = fieldset.getByRole('radio', { name: option, exact: true });
  for (let presses = 0; presses < 4 && !(await target.isChecked()); presses++) await page.keyboard.press('ArrowDown');
  expect(await target.isChecked(), `${option} chosen in ${group}`).toBe(true);
  expect(await isFocused(target)).toBe(true);
}

/** The attribute PreferencesProvider puts on <html>, once it is `value` (null: absent). */
export function waitForRootAttribute(page: Page, name: string, value: string | null): Promise<boolean> {
  return waitFor(async () => (await page.locator('html').getAttribute(name)) === value, { message: `<html ${name}=${value}>` });
}

/** The root font size in px: larger text scales it, and every rem with it. */
export function rootFontSize(page: Page): Promise<number> {
  return page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
}

/**
 * Adds an element that asks for a 2 s transition and an endless animation,
 * and reads what the page's CSS leaves of them (reduced motion turns both off).
 */
export async function motionOfProbe(page: Page): Promise<{ transition: string; animation: string; scroll: string }> {
  return page.evaluate(() => {
    let probe = document.getElementById('motion-probe');
    if (!probe) {
      const style = document.createElement('style');
      style.textContent = '@keyframes probe-spin { to { transform: rotate(1turn); } } #motion-probe { transition: opacity 2s; animation: probe-spin 2s infinite; }';
      document.head.append(style);
      probe = document.createElement('div');
      probe.id = 'motion-probe';
      probe.setAttribute('aria-hidden', 'true');
      document.body.append(probe);
    }
    const computed = getComputedStyle(probe);
    return { transition: computed.transitionDuration, animation: computed.animationName, scroll: getComputedStyle(document.documentElement).scrollBehavior };
  });
}

/** Shift+Tab until `target` has focus, like a keyboard user going back up the page. */
export async function tabBackTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Shift+Tab');
  }
  expect(await isFocused(target), `focus reached ${target} going back within ${limit} presses`).toBe(true);
}

/**
 * Back to English with the header's switcher, waiting until a signed-in
 * person's account has it too: the language is remembered per person, so
 * without this their next sign-in in the same test file would start in Welsh.
 */
export async function switchBackToEnglish(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
  await waitFor(
    async () => {
      const me = (await (await page.request.get(new URL('/api/me', page.url()).href)).json()) as { user: unknown; preferences?: { language?: string } };
      return !me.user || me.preferences?.language === 'en';
    },
    { message: 'English saved with the account' },
  );
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { launchBrowser, waitForText } from './helpers/browser.ts';
import { accountOverHttp, expectAccessible, expectHeading, newPerson, PASSWORD, PHONE, signInThroughHome } from './helpers/people.ts';
import { chooseByKeyboard, motionOfProbe, openSettingsByKeyboard, rootFontSize, tabBackTo, waitForRootAttribute } from './helpers/settings.ts';

/** The settings each person chooses: applied at once, on every page, and remembered on the device or with the account. */
describe('settings: larger text, high contrast, reduced motion, others’ cursors and language', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  const status = (page: Page) => page.locator('.settings__status');

  /** Every setting changed by keyboard alone, in page order, each seen applied; the language last, to Welsh. */
  async function chooseEverythingByKeyboard(page: Page): Promise<void> {
    const before = await rootFontSize(page);
    await chooseByKeyboard(page, 'Text size', 'Standard', 'Larger text');
    await waitForRootAttribute(page, 'data-text-size', 'large');
    expect(await rootFontSize(page)).toBe(before * 1.25);

    await chooseByKeyboard(page, 'Contrast', 'Standard', 'High contrast');
    await waitForRootAttribute(page, 'data-contrast', 'high');
    // Hints were dark grey; in high contrast they are black.
    expect(await page.locator('.field__hint').first().evaluate((hint) => getComputedStyle(hint).color)).toBe('rgb(0, 0, 0)');

    expect(await motionOfProbe(page)).toEqual({ transition: '2s', animation: 'probe-spin', scroll: 'auto' });
    await chooseByKeyboard(page, 'Motion', 'Follow my device’s setting', 'Reduce motion');
    await waitForRootAttribute(page, 'data-motion', 'reduce');
    expect(await motionOfProbe(page)).toEqual({ transition: '0s', animation: 'none', scroll: 'auto' });

    await chooseByKeyboard(page, 'Other people in the live editors', 'Show other people’s cursors and avatars', 'Hide other people’s cursors and avatars');
  }

  async function expectAllApplied(page: Page): Promise<void> {
    await waitForRootAttribute(page, 'data-text-size', 'large');
    await waitForRootAttribute(page, 'data-contrast', 'high');
    await waitForRootAttribute(page, 'data-motion', 'reduce');
    await waitForRootAttribute(page, 'lang', 'cy');
    expect(await rootFontSize(page)).toBe(20);
  }

  it('lets a signed-out visitor change every setting by keyboard, applies each at once, and keeps them on the device', async () => {
    const { page, errors } = await newPerson(browser, contexts);
    await page.goto(`${server.url}/`);
    await openSettingsByKeyboard(page);
    expect(await page.getByRole('banner').getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    await waitForText(page.getByRole('main'), /kept on this device/);
    await expectAccessible(page);

    await chooseEverythingByKeyboard(page);
    await waitForText(status(page), /^Saved on this device\.$/);
    await expectAccessible(page); // English, high contrast, larger text

    // The language, from the page itself: everything turns Welsh at once, <html lang> too.
    const language = page.getByRole('group', { name: 'Language' });
    await tabBackTo(page, language.getByRole('radio', { name: 'English' }));
    await page.keyboard.press('ArrowDown');
    // The legend is now Welsh too (Iaith), so the radio is found by its own name.
    expect(await page.getByRole('main').getByRole('radio', { name: 'Cymraeg' }).isChecked()).toBe(true);
    await expectHeading(page, 'Gosodiadau');
    await waitForText(status(page), /^Wedi’i gadw ar y ddyfais hon\.$/);
    await expectAllApplied(page);
    await expectAccessible(page); // Welsh, high contrast, larger text

    // Remembered after a reload, and on every other page.
    await page.reload();
    await expectHeading(page, 'Gosodiadau');
    await expectAllApplied(page);
    expect(await page.getByRole('radio', { name: 'Testun mwy' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Cuddio cyrchwyr ac afatarau pobl eraill' }).isChecked()).toBe(true);
    await page.goto(`${server.url}/join`);
    await expectHeading(page, 'Ymuno â gweithdy');
    await expectAllApplied(page);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('follows the device’s reduced-motion setting by default, and says so', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/settings`);
    await expectHeading(page, 'Settings');
    expect(await page.getByRole('radio', { name: 'Follow my device’s setting' }).isChecked()).toBe(true);
    await waitForText(page.getByRole('group', { name: 'Motion' }), /Your device asks for less motion/);
    expect(await page.locator('html').getAttribute('data-motion')).toBeNull();
    expect(await motionOfProbe(page)).toEqual({ transition: '0s', animation: 'none', scroll: 'auto' });
  });

  it('fits a phone’s width with larger text and high contrast: nothing needs scrolling sideways (WCAG 1.4.10)', async () => {
    const { page } = await newPerson(browser, contexts, { viewport: PHONE });
    await page.addInitScript(() => window.localStorage.setItem('gweithdy.settings', JSON.stringify({ textSize: 'large', contrast: 'high' })));
    for (const path of ['/settings', '/']) {
      await page.goto(`${server.url}${path}`);
      await waitForRootAttribute(page, 'data-text-size', 'large');
      await expectHeading(page, /.+/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    await expectAccessible(page);
  });

  it('keeps a signed-in person’s choices with their account: after a reload, and on signing in on a new device', async () => {
    await accountOverHttp(server, 'Gwen Carer', 'gwen@example.org');
    const { page, errors } = await newPerson(browser, contexts);
    await signInThroughHome(page, server, 'gwen@example.org');
    await openSettingsByKeyboard(page);
    await waitForText(page.getByRole('main'), /saved with your account/);
    await chooseEverythingByKeyboard(page);
    await waitForText(status(page), /^Saved with your account\.$/);

    // The header's switcher saves the language too, for a signed-in person.
    await tabBackTo(page, page.getByRole('banner').getByRole('button', { name: 'Cymraeg' }));
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Gosodiadau');
    await waitFor(async () => (await page.request.get(`${server.url}/api/me`)).json().then((me) => me.preferences?.language === 'cy'), { message: 'language saved with the account' });
    await page.reload();
    await expectAllApplied(page);

    // A new browser: nothing on the device, so the account's choices apply as soon as Gwen signs in.
    const fresh = await newPerson(browser, contexts);
    await fresh.page.goto(`${server.url}/`);
    expect(await fresh.page.locator('html').getAttribute('data-text-size')).toBe('standard');
    await fresh.page.getByLabel('Email address').fill('gwen@example.org');
    await fresh.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await fresh.page.getByLabel('Password', { exact: true }).press('Enter');
    await expectAllApplied(fresh.page);
    await expectHeading(fresh.page, /.+/);
    await fresh.page.goto(`${server.url}/settings`);
    await expectHeading(fresh.page, 'Gosodiadau');
    expect(await fresh.page.getByRole('radio', { name: 'Cyferbyniad uchel' }).isChecked()).toBe(true);
    expect(await fresh.page.getByRole('radio', { name: 'Lleihau symud' }).isChecked()).toBe(true);
    expect(await fresh.page.getByRole('radio', { name: 'Cuddio cyrchwyr ac afatarau pobl eraill' }).isChecked()).toBe(true);
    await expectAccessible(fresh.page);
    expect([...errors, ...fresh.errors]).toEqual([]);
  });
});

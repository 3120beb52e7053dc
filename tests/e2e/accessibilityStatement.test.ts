import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { launchBrowser, waitForText } from './helpers/browser.ts';
import { expectAccessible, expectHeading, newPerson, tabTo } from './helpers/people.ts';

/** The deployment's own address for reports (ACCESSIBILITY_CONTACT_EMAIL). */
const CONTACT = 'hygyrchedd@cyngor.example.gov.uk';

describe('the accessibility statement', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true, env: { ACCESSIBILITY_CONTACT_EMAIL: CONTACT } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  /** Someone signed out on a page, who presses Tab until the footer's link and follows it with Enter. */
  async function fromFooterByKeyboard(path: string, startHeading: string | RegExp, linkName: string, heading: string, language?: 'cy'): Promise<Page> {
    const { page } = await newPerson(browser, contexts, language ? { language } : {});
    await page.goto(`${server.url}${path}`);
    await expectHeading(page, startHeading);
    const link = page.getByRole('contentinfo').getByRole('link', { name: linkName, exact: true });
    // The footer comes after everything on the page; the sign-in page has few stops before it.
    await tabTo(page, link, 40);
    await page.keyboard.press('Enter');
    await expectHeading(page, heading);
    return page;
  }

  it('is reached from the footer by keyboard, signed out, and says what was tested, what does not work yet and how to complain', async () => {
    const page = await fromFooterByKeyboard('/signin', 'Sign in', 'Accessibility statement', 'Accessibility statement for Gweithdy');
    expect(new URL(page.url()).pathname).toBe('/accessibility');
    const main = page.getByRole('main');
    await waitForText(main, /Web Content Accessibility Guidelines \(WCAG\) version 2\.2 at level AA/);
    for (const heading of [
      'How accessible this service is',
      'Feedback and contact information',
      'Reporting accessibility problems with this service',
      'Enforcement procedure',
      'Technical information about this service’s accessibility',
      'How we tested this service',
      'Preparation of this accessibility statement',
    ]) {
      await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
    const tested = page.getByRole('region', { name: 'How we tested this service' });
    await waitForText(tested, /axe-core.*in English and in Welsh/);
    for (const task of ['joining a workshop with its code', 'editing an outcome', 'commenting on a specification', 'building a process map in its list view', 'contributing to a call for contributions']) {
      await tested.getByRole('listitem').filter({ hasText: task }).waitFor();
    }
    await waitForText(page.getByRole('region', { name: 'How accessible this service is' }), /list view does everything the canvas does[\s\S]*not yet been checked by a Welsh speaker/);
    await waitForText(page.getByRole('region', { name: 'Enforcement procedure' }), /Equality and Human Rights Commission \(EHRC\)/);
    await waitForText(page.getByRole('region', { name: 'Preparation of this accessibility statement' }), /prepared on 30 November 2026/);
    await page.getByRole('link', { name: 'Equality Advisory and Support Service (EASS)' }).waitFor();
    // The deployment's address, where people are told to report problems.
    const email = page.getByRole('region', { name: 'Reporting accessibility problems with this service' }).getByRole('link', { name: CONTACT });
    expect(await email.getAttribute('href')).toBe(`mailto:${CONTACT}`);
    await expectAccessible(page);
  });

  it('is in Welsh for a Welsh reader, from the footer of the home page', async () => {
    const page = await fromFooterByKeyboard('/', /.+/, 'Datganiad hygyrchedd', 'Datganiad hygyrchedd ar gyfer Gweithdy', 'cy');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    await page.getByRole('heading', { level: 2, name: 'Y weithdrefn orfodi', exact: true }).waitFor();
    await waitForText(page.getByRole('region', { name: 'Paratoi\'r datganiad hygyrchedd hwn' }), /ar 30 Tachwedd 2026/);
    await waitForText(page.getByRole('main'), new RegExp(`Gallwch hefyd anfon e-bost at y tîm sy’n rhedeg y gwasanaeth hwn: ${CONTACT}`));
    await expectAccessible(page);
  });
});

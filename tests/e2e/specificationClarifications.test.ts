import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { HttpAccount } from '../helpers/httpAccounts.ts';
import { commentPeople, openConsultation, startThread } from '../helpers/commentPeople.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { isFocused, launchBrowser, waitForText } from './helpers/browser.ts';
import { expectAccessible, expectHeading, newPerson, tabTo } from './helpers/people.ts';

const SAVED = /All changes saved|Pob newid wedi'i gadw/;

/** Clarifications: a commissioner answers every provider at once, also in a confidential consultation, live. */
describe('clarifications in the comments panel', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let people: Awaited<ReturnType<typeof commentPeople>>['people'];
  let workspaceId: string;
  let specId: string;
  const errorsOf = new Map<Page, string[]>();

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    const made = await commentPeople(server);
    people = made.people;
    workspaceId = made.workspaceId;
    specId = await made.newSpecification('Home care specification');
    expect((await openConsultation(server, specId, people.commissioner, 'confidential')).status).toBe(201);
    expect((await startThread(server, specId, people.gofalDa, 'Is the travel time paid?')).status).toBe(201);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function specificationPage(account: HttpAccount, language?: 'cy'): Promise<Page> {
    const { context, page, errors } = await newPerson(browser, contexts, { language });
    errorsOf.set(page, errors);
    const [name, value] = account.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    await page.goto(`${server.url}/workspaces/${workspaceId}/specifications/${specId}`);
    await expectHeading(page, 'Home care specification');
    await waitForText(page.locator('#specification-status'), SAVED);
    return page;
  }

  const clarificationsOf = (page: Page, name = 'Clarifications for all providers') => page.getByRole('region', { name });

  it('a commissioner publishes by keyboard, and by “Answer all providers” from a thread; every provider sees both live, the thread only its own', async () => {
    const commissioner = await specificationPage(people.commissioner);
    const gwen = await specificationPage(people.gofalDa);
    const iolo = await specificationPage(people.cartref, 'cy');
    await waitForText(clarificationsOf(gwen), /No clarifications published yet\./);
    await waitForText(clarificationsOf(iolo, 'Eglurhadau i bob darparwr'), /Dim eglurhadau wedi’u cyhoeddi eto\./);
    // Providers read clarifications but publish none, and answer no thread for everyone.
    expect(await gwen.getByRole('button', { name: 'Publish a clarification' }).count()).toBe(0);
    expect(await gwen.getByRole('button', { name: 'Answer all providers' }).count()).toBe(0);

    // A general clarification, by keyboard only.
    const start = commissioner.getByRole('button', { name: 'Publish a clarification' });
    await tabTo(commissioner, start, 60);
    await commissioner.keyboard.press('Enter');
    const field = commissioner.getByLabel('Clarification for all providers');
    expect(await isFocused(field)).toBe(true);
    const publish = commissioner.getByRole('button', { name: 'Publish to all providers' });
    await tabTo(commissioner, publish, 5);
    await commissioner.keyboard.press('Enter');
    await waitForText(clarificationsOf(commissioner), /Write the clarification first\./);
    expect(await isFocused(field)).toBe(true);
    await commissioner.keyboard.type('Bids are due by noon on the closing day.');
    await tabTo(commissioner, publish, 5);
    await commissioner.keyboard.press('Enter');
    await waitForText(commissioner.getByRole('status').filter({ hasText: 'Clarification' }), /Clarification published to all providers\./);
    expect(await isFocused(start)).toBe(true);
    await expectAccessible(commissioner);

    await waitForText(clarificationsOf(gwen), /Bids are due by noon on the closing day\.\s+Published .* by Cerys Commissioner/);
    await waitForText(clarificationsOf(iolo, 'Eglurhadau i bob darparwr'), /Bids are due by noon on the closing day\.\s+Cyhoeddwyd .* gan Cerys Commissioner/);

    // Answering one provider's thread for all: the form opens linked to it.
    const thread = commissioner.getByRole('list', { name: 'Comments' }).getByRole('listitem').filter({ has: commissioner.getByRole('heading', { name: /getting dressed/ }) });
    await thread.getByRole('button', { name: 'Answer all providers' }).click();
    await waitForText(clarificationsOf(commissioner), /Answering the comment on “getting dressed”/);
    expect(await isFocused(field)).toBe(true);
    await expectAccessible(commissioner);
    await field.fill('Travel time between calls is paid at the hourly rate.');
    await publish.click();
    await waitForText(clarificationsOf(commissioner), /In answer to the comment on “getting dressed”\s+Travel time between calls is paid/);

    // Gwen asked, so she sees which comment it answers; Iolo (another organisation, confidential) sees the answer alone.
    await waitForText(clarificationsOf(gwen), /In answer to the comment on “getting dressed”\s+Travel time between calls is paid at the hourly rate\./);
    const ioloSees = await waitForText(clarificationsOf(iolo, 'Eglurhadau i bob darparwr'), /Travel time between calls is paid at the hourly rate\./);
    expect(ioloSees).not.toMatch(/getting dressed|Mewn ateb/);
    expect(await iolo.getByRole('list', { name: 'Sylwadau' }).count()).toBe(0);
    await expectAccessible(gwen);
    await expectAccessible(iolo);
    for (const page of [commissioner, gwen, iolo]) expect(errorsOf.get(page)).toEqual([]);
  });
});

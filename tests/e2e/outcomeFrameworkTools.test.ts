import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { isFocused, launchBrowser, waitForText, waitForValue } from './helpers/browser.ts';
import { expectAccessible, expectHeading, newPerson, waitForFocus } from './helpers/people.ts';

const SAVED = /All changes saved/;
const SHOPS = 'I can get out to the shops when I want to';
const DRESSED = 'I get up and dressed at a time that suits me';
const SAFE = 'I feel safe in my own home';

describe('the outcome framework’s tools: order, copies, retiring, grouping, search and what is still to do', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let cerys: HttpAccount;

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function newWorkspace(name: string, model: '1' | '2'): Promise<string> {
    const created = await api(server, 'POST', '/api/workspaces', { name, model }, cerys.cookie);
    expect(created.status).toBe(201);
    return created.body.workspace.id as string;
  }

  /** A signed-in person's browser (the session cookie from the API: signing in has its own tests) on the framework. */
  async function frameworkPage(account: HttpAccount, workspaceId: string): Promise<Page> {
    const { context, page } = await newPerson(browser, contexts);
    const [name, value] = account.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    await page.goto(`${server.url}/workspaces/${workspaceId}/outcomes`);
    await expectHeading(page, 'Outcome framework');
    await waitForText(statusOf(page), SAVED);
    return page;
  }

  async function startFromExamples(page: Page, model: '1' | '2'): Promise<void> {
    await page.getByRole('button', { name: new RegExp(`^Start from examples for Model ${model}`) }).click();
    await waitForOrder(page, [SHOPS, DRESSED, SAFE]);
  }

  const statusOf = (page: Page) => page.locator('#framework-status');
  const outcome = (scope: Page | Locator, number: number) => scope.getByRole('article', { name: new RegExp(`^Outcome ${number}\\b`) });
  /** The status shown beside the outcome's heading. */
  const statusTag = (page: Page, number: number) => outcome(page, number).locator('header .tag').first();
  const statementOf = (scope: Page | Locator, number: number) => outcome(scope, number).getByLabel("What matters, in the person's own words");

  /** The statements of the outcomes shown in `scope`, top to bottom. */
  const statements = (scope: Page | Locator) =>
    scope.getByRole('article').evaluateAll((articles) => articles.map((a) => a.querySelector<HTMLInputElement>('input[id$="-statement"]')?.value ?? ''));
  /** The numbers ("Outcome 3") of the outcomes shown in `scope`, top to bottom. */
  const numbers = (scope: Page | Locator) =>
    scope.getByRole('article').evaluateAll((articles) => articles.map((a) => Number(/\d+/.exec(a.querySelector('h2')?.textContent ?? '')?.[0])));

  async function waitForOrder(scope: Page | Locator, expected: string[]): Promise<void> {
    let last: string[] = [];
    await waitFor(async () => {
      last = await statements(scope);
      return JSON.stringify(last) === JSON.stringify(expected);
    }, { message: `order ${JSON.stringify(expected)}` }).catch((error) => {
      throw new Error(`Expected order ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)}`, { cause: error });
    });
  }

  async function waitForNumbers(scope: Page | Locator, expected: number[]): Promise<void> {
    let last: number[] = [];
    await waitFor(async () => {
      last = await numbers(scope);
      return JSON.stringify(last) === JSON.stringify(expected);
    }, { message: `outcomes ${expected.join(', ')}` }).catch((error) => {
      throw new Error(`Expected outcomes ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)}`, { cause: error });
    });
  }

  const duplicateIds = (page: Page) =>
    page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
    });

  /** What dnd-kit's live region last told screen reader users. */
  async function announcement(page: Page, expected: string): Promise<void> {
    let last: string | null = null;
    await waitFor(async () => (last = await page.locator('[id^="DndLiveRegion"]').first().textContent()) === expected, { message: `announcement "${expected}"` }).catch(
      (error) => {
        throw new Error(`Expected announcement ${JSON.stringify(expected)}, last heard ${JSON.stringify(last)}`, { cause: error });
      },
    );
  }

  it('reorders with Move up and Move down, live for a provider too, and with the drag handle from the keyboard alone', async () => {
    const workspaceId = await newWorkspace('Reorder 2027', '1');
    const pryderi = await signUpOverHttp(server, 'Pryderi Provider');
    await addMember(server, workspaceId, cerys, pryderi, 'provider');
    const page = await frameworkPage(cerys, workspaceId);
    const provider = await frameworkPage(pryderi, workspaceId);
    await startFromExamples(page, '1');
    await waitForOrder(provider, [SHOPS, DRESSED, SAFE]);

    // The first cannot go up and the last cannot go down (aria-disabled, so focus can stay on them).
    const move = (number: number, direction: 'up' | 'down') => outcome(page, number).getByRole('button', { name: `Move ${direction}` });
    expect(await move(1, 'up').getAttribute('aria-disabled')).toBe('true');
    expect(await move(3, 'down').getAttribute('aria-disabled')).toBe('true');
    expect(await move(2, 'down').getAttribute('aria-disabled')).toBeNull();

    // From the keyboard: focus follows the outcome, so Enter again moves it further, to the end.
    await move(1, 'down').focus();
    await page.keyboard.press('Enter');
    await waitForOrder(page, [DRESSED, SHOPS, SAFE]);
    await waitForOrder(provider, [DRESSED, SHOPS, SAFE]);
    await waitFor(() => isFocused(move(2, 'down')), { message: 'focus on Move down of the moved outcome' });
    await page.keyboard.press('Enter');
    await waitForOrder(page, [DRESSED, SAFE, SHOPS]);
    await waitForOrder(provider, [DRESSED, SAFE, SHOPS]);
    await waitFor(() => isFocused(move(3, 'down')), { message: 'focus kept on Move down at the end' });
    expect(await move(3, 'down').getAttribute('aria-disabled')).toBe('true');
    await move(2, 'up').click();
    await waitForOrder(page, [SAFE, DRESSED, SHOPS]);
    await waitForOrder(provider, [SAFE, DRESSED, SHOPS]);

    // The drag handle, keyboard only: pick up outcome 1, move it down one place, drop it.
    await page.getByRole('button', { name: 'Drag outcome 1 to reorder' }).focus();
    await page.keyboard.press('Space');
    await announcement(page, 'Picked up outcome 1.');
    // dnd-kit starts listening for the arrow keys in a zero-delay timer queued at pick-up: let the page run it.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press('ArrowDown');
    await announcement(page, 'Outcome 1 is over outcome 2.');
    await page.keyboard.press('Space');
    await announcement(page, 'Outcome 1 was dropped at the place of outcome 2.');
    await waitForOrder(page, [DRESSED, SAFE, SHOPS]);
    await waitForOrder(provider, [DRESSED, SAFE, SHOPS]);
    // Focus comes back to the handle of the outcome just moved, now outcome 2.
    await waitFor(() => isFocused(page.getByRole('button', { name: 'Drag outcome 2 to reorder' })), { message: 'focus on the moved handle' });

    await waitForText(statusOf(page), SAVED);
    await page.reload();
    await waitForText(statusOf(page), SAVED);
    await waitForOrder(page, [DRESSED, SAFE, SHOPS]);
  });

  it('duplicates an outcome right after itself as Proposed, and retires it out of the default view until brought back', async () => {
    const page = await frameworkPage(cerys, await newWorkspace('Copies 2027', '1'));
    await startFromExamples(page, '1');
    await outcome(page, 1).getByLabel('Status', { exact: true }).selectOption({ label: 'Agreed' });
    await waitForText(statusTag(page, 1), /^Agreed$/);

    await outcome(page, 1).getByRole('button', { name: 'Duplicate' }).click();
    await waitForOrder(page, [SHOPS, SHOPS, DRESSED, SAFE]);
    await waitForText(statusTag(page, 2), /^Proposed$/);
    await waitForText(statusTag(page, 1), /^Agreed$/);
    // The copy has its own copy of the indicator.
    await waitForValue(outcome(page, 2).getByRole('group', { name: 'Indicator 1' }).getByLabel('Measure'), 'Times a month the person went out as they wished');
    await statementOf(page, 2).fill('I can get out to the library when I want to');
    await waitForValue(statementOf(page, 1), SHOPS);

    await outcome(page, 2).getByRole('button', { name: 'Retire' }).click();
    // Gone from "Proposed and agreed"; the others keep their numbers in the framework's order.
    await waitForNumbers(page, [1, 3, 4]);
    await waitForOrder(page, [SHOPS, DRESSED, SAFE]);

    await page.getByLabel('Show', { exact: true }).selectOption({ label: 'All, including retired' });
    await waitForNumbers(page, [1, 2, 3, 4]);
    await waitForText(statusTag(page, 2), /^Retired$/);
    expect(await outcome(page, 2).getByRole('button', { name: 'Retire' }).count()).toBe(0);
    await outcome(page, 2).getByRole('button', { name: 'Bring back' }).click();
    await waitForText(statusTag(page, 2), /^Proposed$/);
    await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Proposed and agreed' });
    await waitForNumbers(page, [1, 2, 3, 4]);
    await waitForValue(statementOf(page, 2), 'I can get out to the library when I want to');
  });

  it('groups by well-being aspect, level and status, and searches statements and indicators, accessibly in English and Welsh', async () => {
    const page = await frameworkPage(cerys, await newWorkspace('Groups 2027', '1'));
    await startFromExamples(page, '1');
    await outcome(page, 3).getByLabel('Level', { exact: true }).selectOption({ label: 'Service' });
    await outcome(page, 2).getByLabel('Status', { exact: true }).selectOption({ label: 'Agreed' });
    await waitForText(statusTag(page, 2), /^Agreed$/);
    const group = (name: string) => page.getByRole('region', { name, exact: true });
    const groupBy = page.getByLabel('Group by');

    // Examples: 1 serves control and relationships, 2 control and health, 3 protection and accommodation.
    await groupBy.selectOption({ label: 'Well-being aspect' });
    await waitForNumbers(group('Control over day-to-day life'), [1, 2]);
    await waitForNumbers(group('Physical and mental health and emotional well-being'), [2]);
    await waitForNumbers(group('Domestic, family and personal relationships'), [1]);
    await waitForNumbers(group('Protection from abuse and neglect'), [3]);
    await waitForNumbers(group('Suitability of living accommodation'), [3]);
    expect(await group('Participation in work').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 2, name: 'Control over day-to-day life' }).count()).toBe(1);
    // Grouped, the order means nothing: no reordering.
    expect(await page.getByRole('button', { name: /^Drag outcome/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Move down' }).count()).toBe(0);
    // Unticking an aspect moves the outcome out of that group; with none it has a group of its own.
    await group('Protection from abuse and neglect').getByLabel('Protection from abuse and neglect').click();
    await waitFor(async () => (await group('Protection from abuse and neglect').count()) === 0, { message: 'the empty group to go' });
    await waitForNumbers(group('Suitability of living accommodation'), [3]);
    await group('Suitability of living accommodation').getByLabel('Suitability of living accommodation').click();
    await waitForNumbers(group('No well-being aspect chosen yet'), [3]);
    // Outcome 1 shows under two aspects; each copy's labels lead to its own fields, and both stay live.
    const control = group('Control over day-to-day life');
    await outcome(control, 1).getByText('Plain-language note', { exact: true }).click();
    await waitFor(() => isFocused(outcome(control, 1).getByRole('textbox', { name: 'Plain-language note' })), { message: 'focus in the copy clicked' });
    await page.keyboard.press('End');
    await page.keyboard.type(' and seeing friends');
    await waitForValue(outcome(group('Domestic, family and personal relationships'), 1).getByLabel('Plain-language note'), 'Getting out, not just being visited and seeing friends');
    expect(await duplicateIds(page)).toEqual([]); // axe reports these only as "needs review"
    await expectAccessible(page);

    await groupBy.selectOption({ label: 'Level' });
    await waitForNumbers(group('Individual'), [1, 2]);
    await waitForNumbers(group('Service'), [3]);
    expect(await group('Population').count()).toBe(0);

    await groupBy.selectOption({ label: 'Status' });
    await waitForNumbers(group('Proposed'), [1, 3]);
    await waitForNumbers(group('Agreed'), [2]);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await expectHeading(page, 'Fframwaith canlyniadau');
    await waitForNumbers(page.getByRole('region', { name: "Wedi'i gytuno", exact: true }), [2]);
    await page.getByLabel('Grwpio yn ôl').selectOption({ label: 'Agwedd ar les' });
    await waitForNumbers(page.getByRole('region', { name: 'Rheolaeth dros fywyd o ddydd i ddydd', exact: true }), [1, 2]);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expectHeading(page, 'Outcome framework');

    await groupBy.selectOption({ label: 'No grouping' });
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('SHOPS'); // a statement, whatever the case
    await waitForNumbers(page, [1]);
    expect(await page.getByRole('button', { name: 'Move down' }).count()).toBe(0);
    await search.fill('visit records'); // an indicator's data source
    await waitForNumbers(page, [2]);
    await search.fill('90%'); // an indicator's target
    await waitForNumbers(page, [3]);
    await search.fill('the moon');
    await waitForNumbers(page, []);
    await page.getByText('No outcomes match. Try another search, or change what to show.').waitFor();
    await search.fill('');
    await waitForNumbers(page, [1, 2, 3]);
  });

  it('shows what is still to do on a Model 2 framework without getting in the way of typing', async () => {
    const page = await frameworkPage(cerys, await newWorkspace('Payments 2027', '2'));
    await startFromExamples(page, '2'); // shares 35, 35 and 30
    const first = outcome(page, 1);
    await first.getByRole('button', { name: 'Remove Indicator 1' }).click();
    await first.getByText('No indicators yet.').waitFor();
    await first.getByLabel('Status', { exact: true }).selectOption({ label: 'Agreed' });
    await waitForText(first, /Still to do:\s*An agreed outcome needs at least one indicator\./);
    const summary = page.locator('.framework-summary');
    await waitForText(summary, /1 outcome is not complete yet\.\s*The payment shares of agreed outcomes add up to 35%, not 100%\./);

    // Typing carries on while the list shows; an emptied statement is marked and named, then fixed.
    await statementOf(page, 1).fill('');
    await waitForText(first, /Write the outcome in the person's own words\./);
    expect(await statementOf(page, 1).getAttribute('aria-invalid')).toBe('true');
    await statementOf(page, 1).click();
    await page.keyboard.type('I go out when I want to');
    await waitForValue(statementOf(page, 1), 'I go out when I want to');
    await waitFor(async () => (await statementOf(page, 1).getAttribute('aria-invalid')) === null, { message: 'statement no longer invalid' });
    expect(await first.getByText("Write the outcome in the person's own words.").count()).toBe(0);
    await first.getByText('An agreed outcome needs at least one indicator.').waitFor();

    await outcome(page, 2).getByLabel('Status', { exact: true }).selectOption({ label: 'Agreed' });
    await waitForText(summary, /add up to 70%, not 100%/);
    await outcome(page, 3).getByLabel('Status', { exact: true }).selectOption({ label: 'Agreed' });
    await waitFor(async () => (await page.getByText(/payment shares of agreed outcomes/).count()) === 0, { message: 'the shares message to go at 100%' });
    await waitForText(summary, /^1 outcome is not complete yet\.$/);

    // A share changed by typing brings it back, with the new total.
    await outcome(page, 3).getByText('Logic chain and payment').click();
    const share = outcome(page, 3).getByLabel('Share of the outcome payment (%)');
    await share.fill('25');
    await waitForText(summary, /add up to 95%, not 100%/);
    await share.fill('30');
    await waitFor(async () => (await page.getByText(/payment shares of agreed outcomes/).count()) === 0, { message: 'the shares message to go again' });

    await first.getByRole('button', { name: 'Add an indicator' }).click();
    await waitForText(first, /Still to do:\s*This indicator needs a measure and a target\./);
    await waitForFocus(first.getByRole('group', { name: 'Indicator 1' }).getByLabel('Measure'), 'the new indicator’s measure');
    await page.keyboard.type('Times a month I went out');
    await first.getByRole('group', { name: 'Indicator 1' }).getByLabel('Target').fill('8');
    await waitFor(async () => (await page.locator('.framework-summary').count()) === 0, { message: 'nothing left to do' });
    expect(await first.getByText('Still to do:').count()).toBe(0);
    await expectAccessible(page);
  });
});

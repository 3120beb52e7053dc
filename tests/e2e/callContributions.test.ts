import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { launchBrowser, waitForText } from './helpers/browser.ts';
import { callPageWorld, closeCall, openPublicCall, WELSH_CONNECTED, withSession, type CallPageWorld } from './helpers/callPageWorld.ts';
import { expectAccessible, expectHeading, newPerson, tabTo, waitForFocus } from './helpers/people.ts';

const TITLE = 'Loneliness in our towns';

describe('the call page: citizens contribute to population outcomes', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let world: CallPageWorld;
  let call: { id: string };

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    world = await callPageWorld(server);
    call = await openPublicCall(server, world, TITLE);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  /** Someone on the call page: signed in as `account`, or signed out. */
  async function onCallPage(account: HttpAccount | null, { callId = call.id, title = TITLE, language }: { callId?: string; title?: string; language?: 'cy' } = {}): Promise<Page> {
    const person = await newPerson(browser, contexts, language ? { language } : {});
    if (account) await withSession(person.context, server, account);
    await person.page.goto(`${server.url}/calls/${callId}`);
    await expectHeading(person.page, title);
    return person.page;
  }

  const item = (page: Page, name: RegExp | string) => page.getByRole('article', { name });
  const supportsOf = (article: Locator) => article.locator('.call-item__supports');

  it('lets a citizen contribute, past a personal-details warning, and support; the commissioner sees it live, answers and promotes it into the framework', async () => {
    const elin = await onCallPage(world.citizen);
    const cerys = await onCallPage(world.commissioner);
    await waitForText(elin.locator('.call-facts'), /Open until .* \d{4} at \d\d:\d\d/);
    await expectAccessible(elin);

    await elin.getByLabel('Idea', { exact: true }).check();
    await elin.getByLabel('Which outcome is it about?').selectOption({ label: 'Fewer people are lonely' });
    await elin.getByLabel('Zone (optional)').selectOption('North');
    await elin.getByRole('textbox', { name: 'Your contribution' }).fill('A lunch club in the library. Write to me at elin@example.org');
    await elin.getByRole('button', { name: 'Post your contribution' }).click();
    // Nothing is sent yet: the warning says what was found, and takes focus.
    const warning = elin.getByRole('heading', { name: 'This may hold personal details' });
    await waitForFocus(warning, 'the warning focused');
    await waitForText(elin.locator('.call-warning'), /an email address: elin@example\.org/);
    await expectAccessible(elin);
    await elin.getByRole('button', { name: 'Edit my contribution' }).click();
    await waitForFocus(elin.getByRole('textbox', { name: 'Your contribution' }), 'back in the text');
    await elin.getByRole('textbox', { name: 'Your contribution' }).fill('A lunch club in the library, once a week');
    await elin.getByRole('button', { name: 'Post your contribution' }).click();
    await waitForText(elin.getByRole('status').filter({ hasText: 'posted' }), /Your contribution is posted\./);
    const mine = item(elin, 'Idea from Elin');
    await waitForText(mine, /A lunch club in the library, once a week/);
    expect(await mine.getByRole('button', { name: 'Support' }).count()).toBe(0);

    // Elin supports Dafydd's experience: one support, withdrawable.
    const dafydd = item(elin, 'Experience from Dafydd');
    const support = dafydd.getByRole('button', { name: 'Support' });
    await support.click();
    await waitFor(async () => (await support.getAttribute('aria-pressed')) === 'true', { message: 'support pressed' });
    await waitForText(supportsOf(dafydd), /Supports: 1/);
    await waitForText(supportsOf(item(cerys, 'Experience from Dafydd')), /Supports: 1/);

    // The commissioner's page received Elin's idea without reloading, and said so.
    const idea = item(cerys, 'Idea from Elin');
    await waitForText(idea, /A lunch club in the library, once a week/);
    await waitForText(cerys.locator('.call-news'), /New contribution from Elin \(Idea\)\./);
    expect(await cerys.getByRole('heading', { name: 'Add your contribution' }).count()).toBe(0);

    await idea.getByRole('button', { name: 'Answer' }).click();
    await idea.getByLabel('Taken forward', { exact: true }).check();
    await idea.getByLabel('Response (public)').fill('We will start one in Aberaeron library in the spring.');
    await idea.getByRole('button', { name: 'Publish the answer' }).click();
    await waitForText(idea, /Official answer: Taken forward/);
    await waitForText(mine, /Official answer: Taken forward[\s\S]*Aberaeron library/);

    await idea.getByRole('button', { name: 'Promote to the framework' }).click();
    const statement = idea.getByLabel('Outcome statement');
    expect(await statement.inputValue()).toBe('A lunch club in the library, once a week');
    await statement.fill('People who live alone have somewhere to meet each week');
    await idea.getByRole('button', { name: 'Promote', exact: true }).click();
    await waitForText(idea, /In the outcome framework, as an outcome/);
    await waitForText(mine, /In the outcome framework, as an outcome/);
    expect(await idea.getByRole('button', { name: 'Promote to the framework' }).count()).toBe(0);
    await expectAccessible(cerys);

    // The framework now holds the new outcome, in the commissioner's editor.
    await idea.getByRole('link', { name: 'See the outcome framework' }).click();
    await expectHeading(cerys, 'Outcome framework');
    await waitFor(
      async () => (await cerys.locator('textarea, input').evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value))).includes('People who live alone have somewhere to meet each week'),
      { message: 'the promoted outcome in the framework' },
    );

    // Withdrawing the support takes it back.
    await support.click();
    await waitFor(async () => (await support.getAttribute('aria-pressed')) === 'false', { message: 'support withdrawn' });
    await waitForText(supportsOf(dafydd), /Supports: 0/);

    // Back on the call page: a comment, seen live by the commissioner; a report, with its reason, in a small dialog.
    await cerys.goBack();
    await expectHeading(cerys, TITLE);
    await dafydd.getByRole('textbox', { name: 'Your comment' }).fill('The same happened to my mother');
    await dafydd.getByRole('button', { name: 'Add comment' }).click();
    await waitForText(item(cerys, 'Experience from Dafydd'), /Comments \(1\)[\s\S]*Elin, [\s\S]*The same happened to my mother/);
    const report = dafydd.getByRole('button', { name: 'Report' });
    await report.click();
    const dialog = elin.getByRole('dialog', { name: 'Report this contribution' });
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await waitForFocus(dialog.getByRole('textbox', { name: 'Why are you reporting it?' }), 'the empty reason');
    await waitForText(dialog, /Write a reason/);
    await expectAccessible(elin);
    await dialog.getByRole('textbox', { name: 'Why are you reporting it?' }).fill('It names a neighbour');
    await dialog.getByRole('button', { name: 'Send report' }).click();
    const reported = dafydd.getByRole('button', { name: 'Reported' });
    await waitForFocus(reported, 'focus back on the button, now Reported');
    expect(await reported.getAttribute('aria-disabled')).toBe('true');
  });

  it('lets a signed-out visitor read a public call and register as a citizen, then contribute', async () => {
    const visitor = await onCallPage(null);
    await waitForText(item(visitor, 'Experience from Dafydd'), /I went weeks without talking to anyone/);
    expect(await visitor.getByRole('button', { name: 'Support' }).count()).toBe(0);
    const signIn = visitor.getByRole('link', { name: 'Sign in to take part' });
    expect(await signIn.getAttribute('href')).toBe(`/signin?next=${encodeURIComponent(`/calls/${call.id}`)}`);
    await expectAccessible(visitor);

    await visitor.getByLabel('Your name').fill('Gwen');
    // An address that already has an account: the server's refusal lands on the email field.
    const existing = await api(server, 'GET', '/api/me', undefined, world.provider.cookie);
    await visitor.getByLabel('Email address').fill(existing.body.user.email);
    await visitor.getByLabel('Create a password').fill('a long enough password');
    await visitor.getByRole('button', { name: 'Create my account and take part' }).click();
    await waitForFocus(visitor.getByLabel('Email address'), 'the email field at fault');
    await waitForText(visitor.locator('.field--error'), /already an account with this email address/);
    await visitor.getByLabel('Email address').fill(`gwen-${Date.now()}@example.org`);
    await visitor.getByLabel('Create a password').fill('too short');
    await visitor.getByRole('button', { name: 'Create my account and take part' }).click();
    await waitForFocus(visitor.getByLabel('Create a password'), 'the password field at fault');
    await waitForText(visitor.locator('.field--error'), /between 10 and 200 characters/);
    await visitor.getByLabel('Create a password').fill('a long enough password');
    await visitor.getByRole('button', { name: 'Create my account and take part' }).click();

    await waitForFocus(visitor.getByRole('heading', { name: 'Add your contribution' }), 'the contribute form');
    await waitForText(visitor.locator('.call-news'), /You are taking part/);
    await waitForText(visitor.locator('.account-bar'), /Gwen/);
    expect(await visitor.getByRole('heading', { name: 'Take part' }).count()).toBe(0);
    await visitor.getByLabel('Evidence').check();
    await visitor.getByLabel('Which outcome is it about?').selectOption({ label: 'People feel part of their community' });
    await visitor.getByRole('textbox', { name: 'Your contribution' }).fill('Our village hall counted 40 people at the last coffee morning');
    await visitor.getByRole('button', { name: 'Post your contribution' }).click();
    await waitForText(item(visitor, 'Evidence from Gwen'), /coffee morning/);
  });

  it('lets a signed-in person who is not a member join with one press', async () => {
    const sioned = await signUpOverHttp(server, 'Sioned');
    const page = await onCallPage(sioned);
    await page.getByRole('button', { name: 'Join this call as a citizen' }).click();
    await waitForFocus(page.getByRole('heading', { name: 'Add your contribution' }), 'the contribute form');
    expect(await page.getByRole('heading', { name: 'Take part' }).count()).toBe(0);
  });

  it('shows a provider the contributions with nothing to contribute, support or comment with', async () => {
    const pedr = await onCallPage(world.provider);
    await waitForText(item(pedr, 'Experience from Dafydd'), /I went weeks/);
    await waitForText(pedr.locator('.notice'), /Providers read the contributions/);
    expect(await pedr.getByRole('heading', { name: 'Add your contribution' }).count()).toBe(0);
    expect(await pedr.getByRole('button', { name: 'Support' }).count()).toBe(0);
    expect(await pedr.getByLabel('Your comment').count()).toBe(0);

    // Reading one outcome, or one zone.
    await pedr.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Fewer people are lonely' });
    await waitFor(async () => (await item(pedr, 'Experience from Dafydd').count()) === 0, { message: 'other outcomes filtered out' });
    await waitForText(item(pedr, 'Idea from Elin'), /A lunch club/);
    expect(await pedr.getByRole('heading', { name: 'Outcome: People feel part of their community' }).count()).toBe(0);
    await pedr.getByLabel('Outcome', { exact: true }).selectOption({ label: 'All outcomes' });
    await pedr.getByLabel('Zone', { exact: true }).selectOption('South');
    await waitForText(item(pedr, 'Experience from Dafydd'), /I went weeks/);
    expect(await item(pedr, 'Idea from Elin').count()).toBe(0);
    await waitForText(pedr.locator('.call-filters__count'), /Showing \d+ of \d+ contributions\./);
  });

  it('keeps a closed call readable with no forms, and a commissioner can still answer', async () => {
    const closing = await openPublicCall(server, world, 'Getting out and about');
    await closeCall(server, closing.id);
    const elin = await onCallPage(world.citizen, { callId: closing.id, title: 'Getting out and about' });
    await waitForText(elin.locator('.call-facts'), /Closed on .*nothing new can be posted/);
    await waitForText(item(elin, 'Experience from Dafydd'), /I went weeks/);
    expect(await elin.locator('form').count()).toBe(0);
    expect(await elin.getByRole('button', { name: /Support|Report/ }).count()).toBe(0);
    const visitor = await onCallPage(null, { callId: closing.id, title: 'Getting out and about' });
    expect(await visitor.locator('form').count()).toBe(0);
    const cerys = await onCallPage(world.commissioner, { callId: closing.id, title: 'Getting out and about' });
    const theirs = item(cerys, 'Experience from Dafydd');
    expect(await theirs.getByRole('button', { name: 'Answer' }).count()).toBe(1);
    await expectAccessible(elin);

    // Promoted as an indicator of one of the call's outcomes.
    await theirs.getByRole('button', { name: 'Promote to the framework' }).click();
    await theirs.getByLabel('An indicator of an outcome').check();
    await theirs.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Fewer people are lonely' });
    await theirs.getByRole('button', { name: 'Promote', exact: true }).click();
    await waitForFocus(theirs.getByRole('textbox', { name: 'Measure' }), 'the empty measure');
    await theirs.getByRole('textbox', { name: 'Measure' }).fill('People who say they went a week without a conversation');
    await theirs.getByRole('button', { name: 'Promote', exact: true }).click();
    await waitForText(theirs, /In the outcome framework, as an indicator/);
    await waitForText(item(elin, 'Experience from Dafydd'), /In the outcome framework, as an indicator/);

    // Hidden by a commissioner, with a reason: its author and commissioners still see it, with the reason; others do not.
    const dafydd = await onCallPage(world.neighbour, { callId: closing.id, title: 'Getting out and about' });
    await theirs.getByRole('button', { name: 'Hide' }).click();
    await theirs.getByRole('textbox', { name: 'Reason (the author will see it)' }).fill('It names a member of staff');
    await theirs.getByRole('button', { name: 'Hide the contribution' }).click();
    await waitForFocus(theirs.getByRole('button', { name: 'Restore' }), 'focus back on the toggle, now Restore');
    await waitForText(item(dafydd, 'Experience from Dafydd'), /Hidden by a commissioner\. Reason: It names a member of staff\./);
    await waitFor(async () => (await item(elin, 'Experience from Dafydd').count()) === 0, { message: 'hidden from other citizens' });
  });

  it('reads in Welsh, with the warning and the Take part panel, and passes axe', async () => {
    const elin = await onCallPage(world.citizen, { language: 'cy' });
    await elin.getByRole('heading', { name: 'Ychwanegu eich cyfraniad' }).waitFor();
    await waitForText(elin.locator('.call-facts'), /Ar agor tan Dydd/);
    await elin.getByLabel('Syniad', { exact: true }).check();
    // An outcome written in Welsh reads in Welsh; one that is not yet, in English.
    const outcomeChoice = elin.getByLabel('Am ba ganlyniad mae e?');
    expect(await outcomeChoice.locator('option').allInnerTexts()).toEqual(expect.arrayContaining([WELSH_CONNECTED, 'Fewer people are lonely']));
    await elin.getByRole('heading', { name: `Canlyniad: ${WELSH_CONNECTED}` }).waitFor();
    await outcomeChoice.selectOption({ label: 'Fewer people are lonely' });
    await elin.getByRole('textbox', { name: 'Eich cyfraniad' }).fill('Ffoniwch fi ar 07700 900123');
    await elin.getByRole('button', { name: 'Postio eich cyfraniad' }).click();
    await waitForText(elin.locator('.call-warning'), /rif ffôn: 07700 900123/);
    await expectAccessible(elin);
    await elin.getByRole('button', { name: 'Postio beth bynnag' }).click();
    await waitForText(item(elin, 'Syniad gan Elin').filter({ hasText: '07700 900123' }), /Ffoniwch fi/);
    const visitor = await onCallPage(null, { language: 'cy' });
    await visitor.getByRole('heading', { name: 'Cymryd rhan' }).waitFor();
    await waitForText(item(visitor, 'Profiad gan Dafydd'), /I went weeks/);
    await expectAccessible(visitor);
  });

  it('can be used with the keyboard alone to contribute', async () => {
    const page = await onCallPage(world.neighbour);
    const idea = page.getByLabel('Idea', { exact: true });
    await tabTo(page, idea, 40);
    await page.keyboard.press('Space');
    expect(await idea.isChecked()).toBe(true);
    const outcome = page.getByLabel('Which outcome is it about?');
    await tabTo(page, outcome);
    await page.keyboard.press('ArrowDown');
    await waitFor(async () => (await outcome.inputValue()) !== '', { message: 'an outcome chosen' });
    await tabTo(page, page.getByRole('textbox', { name: 'Your contribution' }));
    await page.keyboard.type('A bus that goes past the day centre');
    await tabTo(page, page.getByRole('button', { name: 'Post your contribution' }));
    await page.keyboard.press('Enter');
    await waitForText(page.getByRole('status').filter({ hasText: 'posted' }), /Your contribution is posted\./);
    await waitForText(item(page, 'Idea from Dafydd'), /A bus that goes past the day centre/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { HttpAccount } from '../helpers/httpAccounts.ts';
import { commentPeople, openConsultation, startThread } from '../helpers/commentPeople.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { isFocused, launchBrowser, waitForText } from './helpers/browser.ts';
import { expectAccessible, expectHeading, newPerson, tabTo } from './helpers/people.ts';

const SAVED = /All changes saved|Pob newid wedi'i gadw/;

/** @mentions in comments: a textbox offering workspace members in a listbox (announced politely), ids sent to the server, “mentions you” for the reader. */
describe('mentions in comments', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let made: Awaited<ReturnType<typeof commentPeople>>;
  const errorsOf = new Map<Page, string[]>();

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    made = await commentPeople(server);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function specificationPage(account: HttpAccount, specId: string, language?: 'cy'): Promise<Page> {
    const { context, page, errors } = await newPerson(browser, contexts, { language });
    errorsOf.set(page, errors);
    const [name, value] = account.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    await page.goto(`${server.url}/workspaces/${made.workspaceId}/specifications/${specId}`);
    await expectHeading(page, 'Mentions specification');
    await waitForText(page.locator('#specification-status'), SAVED);
    return page;
  }

  const listboxOf = (page: Page, name = 'People to mention') => page.getByRole('listbox', { name });
  const threadOn = (page: Page, quote: string) => page.getByRole('list', { name: /Comments|Sylwadau/ }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(quote) }) });
  const activeOption = async (field: Locator) => {
    const id = await field.getAttribute('aria-activedescendant');
    return id ? field.page().locator(`[id="${id}"]`).innerText() : null;
  };

  it('a commissioner mentions a provider by keyboard in a new comment; the provider sees “mentions you” live and mentions back with the pointer', async () => {
    const { people } = made;
    const specId = await made.newSpecification('Mentions specification');
    const commissioner = await specificationPage(people.commissioner, specId);
    const provider = await specificationPage(people.gofalDa, specId);

    const doc = commissioner.getByRole('textbox', { name: 'Specification text' });
    await tabTo(commissioner, doc, 40);
    await commissioner.keyboard.type('Visits last thirty minutes.');
    for (let i = 0; i < 'minutes.'.length; i++) await commissioner.keyboard.press('Shift+ArrowLeft');
    await commissioner.keyboard.press('Control+Alt+KeyM');
    const field = commissioner.getByRole('textbox', { name: 'Your comment' });
    await waitFor(() => isFocused(field), { message: 'the comment field has focus' });
    expect(await listboxOf(commissioner).count()).toBe(0);

    // @g offers both people of Gofal Da (a word of the name starts with G), in the members' order.
    await commissioner.keyboard.type('Is this enough, @g');
    await listboxOf(commissioner).waitFor();
    await waitForText(commissioner.getByRole('status').filter({ hasText: 'to mention' }), /^2 people to mention\. Up and Down to choose/);
    expect(await field.getAttribute('aria-controls')).toBe(await listboxOf(commissioner).getAttribute('id'));
    expect(await listboxOf(commissioner).getByRole('option').allInnerTexts()).toEqual(['Gwen of Gofal Da (Provider)', 'Huw of Gofal Da (Provider)']);
    expect(await activeOption(field)).toBe('Gwen of Gofal Da (Provider)');
    await commissioner.keyboard.press('ArrowDown');
    expect(await activeOption(field)).toBe('Huw of Gofal Da (Provider)');
    expect(await listboxOf(commissioner).getByRole('option', { selected: true }).innerText()).toBe('Huw of Gofal Da (Provider)');
    await expectAccessible(commissioner);
    await commissioner.keyboard.press('ArrowDown');
    expect(await activeOption(field)).toBe('Gwen of Gofal Da (Provider)');
    // Escape closes the list only: the form and its text stay.
    await commissioner.keyboard.press('Escape');
    expect(await listboxOf(commissioner).count()).toBe(0);
    expect(await field.inputValue()).toBe('Is this enough, @g');
    expect(await isFocused(field)).toBe(true);
    // Typing on after a new @ opens it again; Enter inserts the name (not a line break, not a submit).
    await commissioner.keyboard.press('Backspace');
    await commissioner.keyboard.press('Backspace');
    await commissioner.keyboard.type('@gw');
    expect(await listboxOf(commissioner).getByRole('option').allInnerTexts()).toEqual(['Gwen of Gofal Da (Provider)']);
    await commissioner.keyboard.press('Enter');
    expect(await field.inputValue()).toBe('Is this enough, @Gwen of Gofal Da ');
    expect(await listboxOf(commissioner).count()).toBe(0);
    await commissioner.keyboard.type('what do you think?');
    await commissioner.keyboard.press('Tab');
    await commissioner.keyboard.press('Enter');
    await commissioner.getByRole('status').filter({ hasText: 'Comment added.' }).waitFor();

    // The server stored the mention by id.
    const listed = await fetch(`${server.url}/api/artefacts/${specId}/threads`, { headers: { Cookie: people.commissioner.cookie } }).then((r) => r.json());
    expect(listed.threads[0].comments[0].mentions).toEqual([{ id: people.gofalDa.userId, name: 'Gwen of Gofal Da' }]);

    // Gwen's open page follows live: the thread says it mentions her, and her name stands out.
    const hers = threadOn(provider, 'minutes');
    await waitForText(hers, /Mentions you/);
    const mention = hers.locator('strong.mention--me');
    expect(await mention.innerText()).toMatch(/^@Gwen of Gofal Da/);
    expect(await mention.textContent()).toBe('@Gwen of Gofal Da (you)');
    expect(await threadOn(commissioner, 'minutes').getByText('Mentions you').count()).toBe(0);

    // Gwen mentions Cerys back, choosing with the pointer.
    const reply = hers.getByRole('textbox', { name: 'Reply' });
    await reply.click();
    await provider.keyboard.type('Yes, @cer');
    await listboxOf(provider).getByRole('option', { name: 'Cerys Commissioner (Commissioner)' }).click();
    expect(await reply.inputValue()).toBe('Yes, @Cerys Commissioner ');
    expect(await isFocused(reply)).toBe(true);
    await provider.keyboard.type('it is.');
    await hers.getByRole('button', { name: 'Send reply' }).click();
    await waitForText(threadOn(commissioner, 'minutes'), /Mentions you[\s\S]*Yes, @Cerys Commissioner[\s\S]*it is\./);
    expect(await threadOn(commissioner, 'minutes').locator('strong.mention--me').textContent()).toBe('@Cerys Commissioner (you)');
    await expectAccessible(provider);
    await expectAccessible(commissioner);

    // Editing keeps the mentions the comment had (an edit replaces them on the server).
    const gwensReply = hers.getByRole('listitem').filter({ hasText: 'Yes, @Cerys' });
    await gwensReply.getByRole('button', { name: 'Edit' }).click();
    const edit = hers.getByRole('textbox', { name: 'Edit your comment' });
    await edit.fill('Yes, @Cerys Commissioner it is, thanks.');
    await hers.getByRole('button', { name: 'Save', exact: true }).click();
    await waitForText(threadOn(commissioner, 'minutes'), /it is, thanks\./);
    const after = await fetch(`${server.url}/api/artefacts/${specId}/threads`, { headers: { Cookie: people.commissioner.cookie } }).then((r) => r.json());
    expect(after.threads[0].comments[1].mentions).toEqual([{ id: people.commissioner.userId, name: 'Cerys Commissioner' }]);
    expect(await threadOn(commissioner, 'minutes').getByText('Mentions you').count()).toBe(1);
    for (const page of [commissioner, provider]) expect(errorsOf.get(page)).toEqual([]);
  });

  it('in a confidential consultation offers only those who may see the thread, in Welsh', async () => {
    const { people } = made;
    const specId = await made.newSpecification('Mentions specification');
    expect((await openConsultation(server, specId, people.commissioner, 'confidential')).status).toBe(201);
    expect((await startThread(server, specId, people.gofalDa, 'Is travel time paid?')).status).toBe(201);
    const provider = await specificationPage(people.gofalDa, specId, 'cy');
    const reply = threadOn(provider, 'getting dressed').getByRole('textbox', { name: 'Ateb' });
    await tabTo(provider, reply, 60);
    await provider.keyboard.type('@');
    const options = listboxOf(provider, 'Pobl i’w crybwyll').getByRole('option');
    await options.first().waitFor();
    // Her colleague and the commissioner; not the other organisation, nor carers, service users or citizens.
    expect(await options.allInnerTexts()).toEqual(['Cerys Commissioner (Comisiynydd)', 'Huw of Gofal Da (Darparwr)']);
    await expectAccessible(provider);
    await provider.keyboard.press('ArrowDown');
    await provider.keyboard.press('Enter');
    expect(await reply.inputValue()).toBe('@Huw of Gofal Da ');
    await provider.keyboard.type('beth wyt ti’n feddwl?');
    await provider.keyboard.press('Tab');
    await provider.keyboard.press('Enter');
    await waitForText(threadOn(provider, 'getting dressed'), /@Huw of Gofal Da beth wyt ti’n feddwl\?/);
    await waitForText(threadOn(provider, 'getting dressed').locator('strong.mention'), /^@Huw of Gofal Da$/);
    expect(errorsOf.get(provider)).toEqual([]);
  });
});

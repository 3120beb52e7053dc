import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { launchBrowser, waitForText } from './helpers/browser.ts';
import {
  accountOverHttp,
  expectAccessible,
  expectHeading,
  factValue,
  newPerson,
  PASSWORD,
  signInThroughHome,
  waitForFocus,
  workspaceFromPage,
} from './helpers/people.ts';

describe('inviting people into a workspace', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let commissioner: Page;
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    await accountOverHttp(server, 'Cerys Commissioner', 'cerys@example.org');
    await accountOverHttp(server, 'Aled Already', 'aled@example.org');
    commissioner = (await newPerson(browser, contexts)).page;
    await commissioner.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await signInThroughHome(commissioner, server, 'cerys@example.org');
    workspaceId = await workspaceFromPage(commissioner, server, 'North 2027');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  /** The commissioner makes an invitation link on the workspace page and reads it from the copy field. */
  async function createInvitation(role: string, organisation?: string): Promise<string> {
    const invite = commissioner.getByRole('form', { name: 'Invite someone' });
    await invite.getByLabel('Their role').selectOption({ label: role });
    if (organisation) await invite.getByLabel('Name of their organisation').fill(organisation);
    else expect(await invite.getByLabel('Name of their organisation').count()).toBe(0);
    await invite.getByRole('button', { name: 'Create invitation link' }).click();
    const label = organisation ? `Invitation link: ${role}, ${organisation}` : `Invitation link: ${role}`;
    const field = commissioner.getByLabel(label).first();
    await field.waitFor();
    return field.inputValue();
  }

  it('invites a provider for an organisation, who creates an account while accepting and can comment on the specification', async () => {
    await commissioner.goto(`${server.url}/workspaces/${workspaceId}`);
    await expectHeading(commissioner, 'North 2027');

    // A specification first.
    const add = commissioner.getByRole('form', { name: 'Add a process map or specification' });
    await add.getByLabel('Specification').check();
    await add.getByLabel('Title').fill('Home care specification 2027');
    await add.getByRole('button', { name: 'Add document' }).click();
    await waitForText(commissioner.getByRole('status').filter({ hasText: 'added' }), /“Home care specification 2027” added/);

    // Organisation name only for providers; a provider without one is refused next to the field.
    const invite = commissioner.getByRole('form', { name: 'Invite someone' });
    await invite.getByLabel('Their role').selectOption({ label: 'Carer' });
    expect(await invite.getByLabel('Name of their organisation').count()).toBe(0);
    await invite.getByLabel('Their role').selectOption({ label: 'Provider' });
    await invite.getByRole('button', { name: 'Create invitation link' }).click();
    await invite.getByText('Enter the name of the provider’s organisation').first().waitFor();
    expect(await invite.getByLabel('Name of their organisation').getAttribute('aria-invalid')).toBe('true');

    const link = await createInvitation('Provider', 'Gofal Da Cyf');
    expect(link).toMatch(new RegExp(`^${server.url}/invitations/[a-z2-7]{32}$`));
    await commissioner.getByRole('button', { name: 'Copy link' }).first().click();
    await commissioner.getByText('Link copied.').waitFor();
    expect(await commissioner.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await expectAccessible(commissioner);

    // Someone else, in their own browser, opens the link.
    const { page: provider, errors } = await newPerson(browser, contexts);
    await provider.goto(link);
    await expectHeading(provider, 'You are invited to North 2027');
    expect(await factValue(provider, 'Your role')).toBe('Provider');
    expect(await factValue(provider, 'Organisation')).toBe('Gofal Da Cyf');
    await provider.getByRole('link', { name: 'Sign in first' }).waitFor();
    await expectAccessible(provider);

    const form = provider.getByRole('form', { name: 'Create your account to accept' });
    await form.getByLabel('Your name').fill('Pat Provider');
    await form.getByLabel('Email address').fill('cerys@example.org');
    await form.getByLabel('Create a password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Create account and accept' }).click();
    // Someone else's email: said next to the email field.
    await form.getByText('There is already an account with this email address.').first().waitFor();
    expect(await form.getByLabel('Email address').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Email address').fill('pat@gofalda.example');
    await form.getByRole('button', { name: 'Create account and accept' }).click();
    await expectHeading(provider, 'North 2027');
    expect(await factValue(provider, 'Your role')).toBe('Provider');
    await provider.getByText('Signed in as Pat Provider').waitFor();
    const spec = provider.getByRole('listitem').filter({ hasText: 'Home care specification 2027' });
    await waitForText(spec, /Specification\s+You can comment/);
    await waitForText(provider.getByRole('listitem').filter({ hasText: 'Outcome framework' }), /You can edit/);
    // Providers see no commissioner controls.
    expect(await provider.getByRole('heading', { name: 'Invite someone' }).count()).toBe(0);
    expect(await provider.getByRole('button', { name: /Remove/ }).count()).toBe(0);
    expect(await provider.getByRole('form', { name: 'Add a process map or specification' }).count()).toBe(0);
    await expectAccessible(provider);

    // The link works once.
    const { page: late } = await newPerson(browser, contexts);
    await late.goto(link);
    await expectHeading(late, 'This invitation link does not work');
    await expectAccessible(late);
    expect(errors).toEqual([]);

    // The commissioner sees the new member with their organisation.
    await commissioner.reload();
    const member = commissioner.getByRole('listitem').filter({ hasText: 'Pat Provider' });
    await waitForText(member, /Provider\s+Gofal Da Cyf\s+pat@gofalda\.example/);
  });

  it('lets someone with an account sign in first and then accept; commissioners change roles and remove members', async () => {
    await commissioner.goto(`${server.url}/workspaces/${workspaceId}`);
    await expectHeading(commissioner, 'North 2027');
    const link = await createInvitation('Citizen');

    const { page: aled } = await newPerson(browser, contexts);
    await aled.goto(link);
    await expectHeading(aled, 'You are invited to North 2027');
    await aled.getByRole('link', { name: 'Sign in first' }).click();
    await expectHeading(aled, 'Sign in');
    await aled.getByLabel('Email address').fill('aled@example.org');
    await aled.getByLabel('Password').fill(PASSWORD);
    await aled.getByRole('button', { name: 'Sign in', exact: true }).click();
    // Back to the invitation, now with one button.
    await expectHeading(aled, 'You are invited to North 2027');
    await aled.getByText('You are signed in as Aled Already (aled@example.org).').waitFor();
    await expectAccessible(aled);
    await aled.getByRole('button', { name: 'Accept invitation' }).click();
    await expectHeading(aled, 'North 2027');
    expect(await factValue(aled, 'Your role')).toBe('Citizen');
    // Citizens do not see the specification at all.
    expect(await aled.getByText('Home care specification 2027').count()).toBe(0);

    // The commissioner makes Aled a carer, then removes him, confirming first.
    await commissioner.reload();
    const member = commissioner.getByRole('listitem').filter({ hasText: 'Aled Already' });
    await member.getByLabel('Role of Aled Already').selectOption({ label: 'Carer' });
    await member.getByRole('button', { name: 'Change role for Aled Already' }).click();
    await waitForText(commissioner.getByRole('status').filter({ hasText: 'is now' }), /The role of Aled Already is now: Carer\./);
    await aled.reload();
    await expectHeading(aled, 'North 2027');
    expect(await factValue(aled, 'Your role')).toBe('Carer');

    await member.getByRole('button', { name: 'Remove Aled Already' }).click();
    const dialog = commissioner.getByRole('dialog', { name: 'Remove Aled Already from this workspace?' });
    await dialog.waitFor();
    await expectAccessible(commissioner);
    // Cancel first: nothing happens.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await member.getByRole('button', { name: 'Remove Aled Already' }).click();
    await dialog.getByRole('button', { name: 'Yes, remove Aled Already' }).click();
    await waitForText(commissioner.getByRole('status').filter({ hasText: 'removed' }), /Aled Already was removed from the workspace\./);
    expect(await commissioner.getByRole('listitem').filter({ hasText: 'Aled Already' }).count()).toBe(0);

    // The last commissioner cannot be removed: the refusal is shown at their row.
    const me = commissioner.getByRole('listitem').filter({ hasText: 'Cerys Commissioner' });
    await me.getByRole('button', { name: 'Remove Cerys Commissioner' }).click();
    await commissioner.getByRole('dialog').getByRole('button', { name: 'Yes, remove Cerys Commissioner' }).click();
    await me.getByText('A workspace needs at least one commissioner.', { exact: false }).waitFor();

    // Aled no longer reaches the workspace.
    await aled.reload();
    await expectHeading(aled, 'Workspace not found');
    await expectAccessible(aled);
  });

  it('lists invitations not yet accepted, suggests organisations already here, and revokes one after confirming', async () => {
    await commissioner.goto(`${server.url}/workspaces/${workspaceId}`);
    await expectHeading(commissioner, 'North 2027');
    await commissioner.getByText('There are no invitations waiting to be accepted.').waitFor();

    // The organisation from the first invitation is offered, and a differently typed name is the same organisation.
    const invite = commissioner.getByRole('form', { name: 'Invite someone' });
    await invite.getByLabel('Their role').selectOption({ label: 'Provider' });
    await invite.getByText('Start typing to choose one already in this workspace.', { exact: false }).waitFor();
    expect(await invite.locator('datalist option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(['Gofal Da Cyf']);
    await invite.getByLabel('Name of their organisation').fill(' gofal da CYF');
    await invite.getByRole('button', { name: 'Create invitation link' }).click();
    await commissioner.getByLabel('Invitation link: Provider, Gofal Da Cyf').waitFor();
    const link = await createInvitation('Person who uses care and support');

    const open = commissioner.getByRole('list', { name: /Invitations not yet accepted/ });
    const item = open.getByRole('listitem').filter({ hasText: 'Person who uses care and support' });
    await waitForText(item, /Made by Cerys Commissioner/);
    await waitForText(open.getByRole('listitem').filter({ hasText: 'Provider' }), /Provider, Gofal Da Cyf/);
    await expectAccessible(commissioner);

    await item.getByRole('button', { name: 'Revoke the invitation for Person who uses care and support' }).click();
    const dialog = commissioner.getByRole('dialog', { name: 'Revoke the invitation for Person who uses care and support?' });
    await dialog.waitFor();
    await expectAccessible(commissioner);
    await dialog.getByRole('button', { name: 'Yes, revoke it' }).click();
    await waitForText(
      commissioner.getByRole('status').filter({ hasText: 'revoked' }),
      /The invitation for Person who uses care and support was revoked\. Its link no longer works\./,
    );
    expect(await open.getByRole('listitem').count()).toBe(1);
    await waitForFocus(commissioner.getByRole('heading', { name: /Invitations not yet accepted/ }));

    // The revoked link no longer works.
    const { page: late, errors } = await newPerson(browser, contexts);
    await late.goto(link);
    await expectHeading(late, 'This invitation link does not work');
    expect(errors).toEqual([]);
  });
});

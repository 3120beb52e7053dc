import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addMember, api, type HttpAccount } from '../helpers/httpAccounts.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { launchBrowser, waitForText, waitForValue } from './helpers/browser.ts';
import { accountOverHttp, expectAccessible, expectHeading, newPerson, PASSWORD, signInThroughHome, tabTo, waitForFocus } from './helpers/people.ts';

/** An account made over the API and signed in over it too, for the calls a test makes behind the pages' backs. */
async function httpAccount(server: TestServer, displayName: string, email: string): Promise<HttpAccount> {
  await accountOverHttp(server, displayName, email);
  const res = await api(server, 'POST', '/api/auth/login', { email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = res.headers.getSetCookie().at(-1)!.split(';')[0]!;
  return { userId: res.body.user.id, displayName, cookie, headers: { Origin: server.url, Cookie: cookie } };
}

describe('a commissioner changes who can use each document', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let workspaceId: string;
  let commissioner: Page;
  let commissionerErrors: string[];

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    const cerys = await httpAccount(server, 'Cerys Commissioner', 'cerys@example.org');
    const dilys = await httpAccount(server, 'Dilys Citizen', 'dilys@example.org');
    const created = await api(server, 'POST', '/api/workspaces', { name: 'North 2027', model: '1' }, cerys.cookie);
    workspaceId = created.body.workspace.id;
    await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: 'Home care specification 2027' }, cerys.cookie);
    await addMember(server, workspaceId, cerys, dilys, 'citizen');
    ({ page: commissioner, errors: commissionerErrors } = await newPerson(browser, contexts));
    await signInThroughHome(commissioner, server, 'cerys@example.org');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it('takes the outcome framework away from citizens, by keyboard alone, in English and Welsh', async () => {
    // The citizen sees the framework to begin with.
    const { page: citizen, errors: citizenErrors } = await newPerson(browser, contexts);
    await signInThroughHome(citizen, server, 'dilys@example.org');
    await citizen.goto(`${server.url}/workspaces/${workspaceId}`);
    await expectHeading(citizen, 'North 2027');
    await citizen.getByRole('link', { name: 'Outcome framework' }).waitFor();

    await commissioner.goto(`${server.url}/workspaces/${workspaceId}`);
    await expectHeading(commissioner, 'North 2027');
    const toggle = commissioner.getByRole('button', { name: 'Change who can use it (Outcome framework)' });
    await tabTo(commissioner, toggle, 40);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await commissioner.keyboard.press('Enter');
    const form = commissioner.getByRole('form', { name: 'Who can use “Outcome framework”' });
    await form.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // Commissioners are shown, fixed at edit, with nothing to change.
    await form.getByText('Can edit, always', { exact: false }).waitFor();
    expect(await form.getByLabel('Commissioner').count()).toBe(0);
    const citizenLevel = form.getByLabel('Citizen', { exact: true });
    expect(await citizenLevel.inputValue()).toBe('view');
    await expectAccessible(commissioner);

    // "Cannot see it" is the level just above "Can view".
    await tabTo(commissioner, citizenLevel);
    await commissioner.keyboard.press('ArrowUp');
    await waitForValue(citizenLevel, 'none');
    await tabTo(commissioner, form.getByRole('button', { name: 'Save access' }));
    await commissioner.keyboard.press('Enter');
    await waitForText(commissioner.getByRole('status').filter({ hasText: 'saved' }), /Access to “Outcome framework” saved\./);
    await form.waitFor({ state: 'detached' });
    await waitForFocus(toggle, 'focus back on the button that opened the form');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expectAccessible(commissioner);

    // In Welsh: the confirmation follows the language, and the form reopens with the saved level.
    await commissioner.getByRole('button', { name: 'Cymraeg' }).click();
    await waitForText(commissioner.getByRole('status').filter({ hasText: 'wedi' }), /Mae'r mynediad i “Fframwaith canlyniadau” wedi'i gadw\./);
    expect(await commissioner.locator('html').getAttribute('lang')).toBe('cy');
    const welshToggle = commissioner.getByRole('button', { name: "Newid pwy sy'n cael mynediad (Fframwaith canlyniadau)" });
    await tabTo(commissioner, welshToggle, 40);
    await commissioner.keyboard.press('Enter');
    const welshForm = commissioner.getByRole('form', { name: 'Pwy all ddefnyddio “Fframwaith canlyniadau”' });
    await welshForm.waitFor();
    expect(await welshForm.getByLabel('Dinesydd', { exact: true }).inputValue()).toBe('none');
    await expectAccessible(commissioner);
    await tabTo(commissioner, welshForm.getByRole('button', { name: 'Canslo' }));
    await commissioner.keyboard.press('Enter');
    await waitForFocus(welshToggle);
    await commissioner.getByRole('button', { name: 'English' }).click();
    await commissioner.getByRole('button', { name: 'Change who can use it (Outcome framework)' }).waitFor();

    // The citizen no longer has the framework: not in the list, and not at its address.
    await citizen.reload();
    await expectHeading(citizen, 'North 2027');
    await citizen.getByText('There are no documents you can see yet.').waitFor();
    expect(await citizen.getByRole('link', { name: 'Outcome framework' }).count()).toBe(0);
    expect(await citizen.getByRole('button', { name: /Change who can use it/ }).count()).toBe(0);
    await citizen.goto(`${server.url}/workspaces/${workspaceId}/outcomes`);
    await expectHeading(citizen, 'Workspace not found');
    await expectAccessible(citizen);
    expect(citizenErrors).toEqual([]);
  });

  it('never offers edit to providers on a specification, and refuses it next to the field if asked anyway', async () => {
    await commissioner.goto(`${server.url}/workspaces/${workspaceId}`);
    await expectHeading(commissioner, 'North 2027');
    await commissioner.getByRole('button', { name: 'Change who can use it (Home care specification 2027)' }).click();
    const form = commissioner.getByRole('form', { name: 'Who can use “Home care specification 2027”' });
    await form.waitFor();

    const provider = form.getByLabel('Provider', { exact: true });
    expect(await provider.inputValue()).toBe('comment');
    expect(await provider.locator('option').allInnerTexts()).toEqual(['Cannot see it', 'Can view', 'Can comment']);
    await form.getByText('Providers can comment at most: they may bid for this specification.').waitFor();
    // Other roles may be given anything.
    expect(await form.getByLabel('Carer', { exact: true }).locator('option').allInnerTexts()).toEqual(['Cannot see it', 'Can view', 'Can comment', 'Can edit']);
    await expectAccessible(commissioner);

    // A tampered page asks for edit anyway: refused by the field, before anything is sent.
    await provider.evaluate((select: HTMLSelectElement) => select.add(new Option('Can edit', 'edit')));
    await provider.selectOption('edit');
    await form.getByRole('button', { name: 'Save access' }).click();
    await waitForText(form.getByRole('alert'), /There is a problem\s+Choose from the list what this role can do/);
    await waitForFocus(provider, 'focus on the provider’s level');
    expect(await provider.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(commissioner);

    const seen = await commissioner.request.get(`${server.url}/api/workspaces/${workspaceId}`);
    const spec = ((await seen.json()) as { workspace: { artefacts: Array<{ title: string; accessByRole: Record<string, string> }> } }).workspace.artefacts.find(
      (a) => a.title === 'Home care specification 2027',
    );
    expect(spec?.accessByRole.provider).toBe('comment');
    expect(commissionerErrors).toEqual([]);
  });
});

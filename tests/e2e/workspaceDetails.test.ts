import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { isFocused, launchBrowser, waitForText, waitForValue } from './helpers/browser.ts';
import { expectAccessible, expectHeading, factValue, newPerson, tabTo, waitForFocus } from './helpers/people.ts';

describe('a commissioner changes a workspace’s details', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let cerys: HttpAccount;
  let pryderi: HttpAccount;

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
    pryderi = await signUpOverHttp(server, 'Pryderi Provider');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function newWorkspace(name: string, zones: string[]): Promise<string> {
    const created = await api(server, 'POST', '/api/workspaces', { name, model: '1', zones }, cerys.cookie);
    expect(created.status).toBe(201);
    return created.body.workspace.id as string;
  }

  /** A signed-in person's browser on the workspace (the session cookie from the API: signing in has its own tests). */
  async function workspacePage(account: HttpAccount, workspaceId: string, heading: string, language?: 'cy') {
    const person = await newPerson(browser, contexts, language ? { language } : {});
    const [name, value] = account.cookie.split('=') as [string, string];
    await person.context.addCookies([{ name, value, url: server.url }]);
    await person.page.goto(`${server.url}/workspaces/${workspaceId}`);
    await expectHeading(person.page, heading);
    return person;
  }

  /** The bodies of the PATCH requests the page sends for its workspace. */
  function patchesFrom(page: Page, workspaceId: string): unknown[] {
    const bodies: unknown[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH' && new URL(request.url()).pathname === `/api/workspaces/${workspaceId}`) bodies.push(request.postDataJSON());
    });
    return bodies;
  }

  it('moves the programme from Analyse to Plan and renames it, by keyboard alone', async () => {
    const workspaceId = await newWorkspace('North Powys 2027', ['Machynlleth', 'Newtown']);
    const { page, errors } = await workspacePage(cerys, workspaceId, 'North Powys 2027');
    const patches = patchesFrom(page, workspaceId);
    expect(await factValue(page, 'Stage of the cycle')).toBe('Analyse');

    const toggle = page.getByRole('button', { name: 'Edit details' });
    await tabTo(page, toggle, 40);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Change the workspace’s details' });
    await form.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // Filled in with the details as they are.
    const name = form.getByLabel('Name of the workspace');
    expect(await name.inputValue()).toBe('North Powys 2027');
    expect(await form.getByLabel('Model 1: Planning care around outcomes').isChecked()).toBe(true);
    expect(await form.getByLabel('Zones (optional)').inputValue()).toBe('Machynlleth, Newtown');
    expect(await form.getByLabel('Analyse', { exact: true }).isChecked()).toBe(true);
    await expectAccessible(page);

    // The form follows its button: the next Tab is its first field.
    await page.keyboard.press('Tab');
    expect(await isFocused(name)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('North Powys 2027 to 2029');
    await page.keyboard.press('Tab');
    expect(await isFocused(form.getByLabel('Model 1: Planning care around outcomes'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(form.getByLabel('Zones (optional)'))).toBe(true);
    await page.keyboard.press('Tab');
    // Into the cycle radios on the stage it is at; one arrow down is the next stage.
    expect(await isFocused(form.getByLabel('Analyse', { exact: true }))).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await form.getByLabel('Plan', { exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(form.getByRole('button', { name: 'Save details' }))).toBe(true);
    await page.keyboard.press('Enter');

    await waitForText(page.getByRole('status').filter({ hasText: 'saved' }), /^Details saved\.$/);
    await form.waitFor({ state: 'detached' });
    await waitForFocus(toggle, 'focus back on the button that opened the form');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expectHeading(page, 'North Powys 2027 to 2029');
    expect(await factValue(page, 'Stage of the cycle')).toBe('Plan');
    expect(await factValue(page, 'Model')).toBe('Model 1: Planning care around outcomes');
    expect(await factValue(page, 'Zones')).toBe('Machynlleth, Newtown');
    // Only what changed was sent.
    expect(patches).toEqual([{ name: 'North Powys 2027 to 2029', quadrant: 'plan' }]);
    await expectAccessible(page);

    // Kept: a reload shows the same.
    await page.reload();
    await expectHeading(page, 'North Powys 2027 to 2029');
    expect(await factValue(page, 'Stage of the cycle')).toBe('Plan');
    expect(await page.title()).toMatch(/^North Powys 2027 to 2029/);
    expect(errors).toEqual([]);
  });

  it('in Welsh: problems by their field, Cancel, nothing changed, and a save', async () => {
    const workspaceId = await newWorkspace('Gogledd 2027', ['Bangor']);
    const { page, errors } = await workspacePage(cerys, workspaceId, 'Gogledd 2027', 'cy');
    const patches = patchesFrom(page, workspaceId);
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');

    const toggle = page.getByRole('button', { name: "Golygu'r manylion" });
    await tabTo(page, toggle, 40);
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Newid manylion y gweithle' });
    await form.waitFor();
    const name = form.getByLabel("Enw'r gweithle");
    const zones = form.getByLabel('Ardaloedd (dewisol)');
    const save = form.getByRole('button', { name: "Cadw'r manylion" });
    await expectAccessible(page);

    // No name: refused by the field before anything is sent.
    await tabTo(page, name);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await waitForValue(name, '');
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    await waitForText(form.getByRole('alert'), /Mae problem\s+Rhowch enw i'r gweithle/);
    await waitForFocus(name, 'focus on the name');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    expect(patches).toEqual([]);

    // A refusal from the server naming a field lands by that field too.
    await page.route(`${server.url}/api/workspaces/${workspaceId}`, (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({ status: 400, json: { error: 'invalid_request', message: 'zones.0: Too big', field: 'zones.0' } })
        : route.fallback(),
    );
    await page.keyboard.type('Gogledd 2027');
    await tabTo(page, zones);
    await page.keyboard.press('End');
    await page.keyboard.type(', Caernarfon');
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    await waitForText(form.getByRole('alert'), /Mae problem\s+Rhaid i enw pob ardal fod yn 100 nod neu lai/);
    await waitForFocus(zones, 'focus on the zones');
    expect(await zones.getAttribute('aria-invalid')).toBe('true');
    expect(await name.getAttribute('aria-invalid')).toBeNull();
    await expectAccessible(page);
    await page.unroute(`${server.url}/api/workspaces/${workspaceId}`);

    // Cancel: the form closes, nothing saved, focus back on the button.
    await tabTo(page, form.getByRole('button', { name: 'Canslo' }));
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
    await waitForFocus(toggle);
    expect(await factValue(page, 'Ardaloedd')).toBe('Bangor');

    // Saving with nothing changed sends nothing, and says so.
    await page.keyboard.press('Enter');
    await form.waitFor();
    expect(await zones.inputValue()).toBe('Bangor');
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    await waitForText(page.getByRole('status').filter({ hasText: 'newid' }), /^Chafodd dim byd ei newid\.$/);
    await waitForFocus(toggle);

    // Now to Do, two stages on.
    await page.keyboard.press('Enter');
    await form.waitFor();
    await tabTo(page, form.getByLabel('Dadansoddi', { exact: true }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await form.getByLabel('Gwneud', { exact: true }).isChecked()).toBe(true);
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    await waitForText(page.getByRole('status').filter({ hasText: 'cadw' }), /^Mae'r manylion wedi'u cadw\.$/);
    await waitForFocus(toggle);
    expect(await factValue(page, 'Cam yn y cylch')).toBe('Gwneud');
    await expectHeading(page, 'Gogledd 2027');
    // Only what changed each time: the zones (refused), then the stage alone.
    expect(patches).toEqual([{ zones: ['Bangor', 'Caernarfon'] }, { quadrant: 'do' }]);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('offers no Edit details button to a provider', async () => {
    const workspaceId = await newWorkspace('South 2028', []);
    await addMember(server, workspaceId, cerys, pryderi, 'provider');
    const { page, errors } = await workspacePage(pryderi, workspaceId, 'South 2028');
    expect(await factValue(page, 'Your role')).toBe('Provider');
    expect(await factValue(page, 'Stage of the cycle')).toBe('Analyse');
    await page.getByRole('listitem').filter({ hasText: 'Outcome framework' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit details' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Change the workspace’s details' }).count()).toBe(0);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
});

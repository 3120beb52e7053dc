import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api } from '../../helpers/httpAccounts.ts';
import { startTestServer, type TestServer } from '../../helpers/testServer.ts';
import { launchBrowser, waitForText } from './browser.ts';
import { accountOverHttp, expectHeading, newPerson, PASSWORD, signInThroughHome } from './people.ts';
import { item, stage, STAGES } from './processMapList.ts';

export const SAVED = /All changes saved/;
export const WORKSPACE = 'North 2027';

/**
 * A real server with one workspace, its commissioner (Cerys) and the people
 * the process map tests bring in: workshop guests and a citizen, each in their
 * own browser context.
 */
export class MapTestWorld {
  readonly contexts: BrowserContext[] = [];

  private constructor(
    readonly server: TestServer,
    readonly browser: Browser,
    readonly workspaceId: string,
    private readonly cookie: string,
  ) {}

  static async start(): Promise<MapTestWorld> {
    const server = await startTestServer({ serveClient: true });
    const browser = await launchBrowser();
    await accountOverHttp(server, 'Cerys Commissioner', 'cerys@example.org');
    const login = await api(server, 'POST', '/api/auth/login', { email: 'cerys@example.org', password: PASSWORD });
    const cookie = login.headers.getSetCookie().at(-1)!.split(';')[0]!;
    const created = await api(server, 'POST', '/api/workspaces', { name: WORKSPACE, model: '1' }, cookie);
    return new MapTestWorld(server, browser, created.body.workspace.id, cookie);
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close();
    await this.browser.close();
    await this.server.close();
  }

  /** A new map artefact (over the API, as the workspace page would make it); returns its page's URL. */
  async newMap(title: string): Promise<string> {
    const created = await api(this.server, 'POST', `/api/workspaces/${this.workspaceId}/artefacts`, { kind: 'map', title }, this.cookie);
    expect(created.status).toBe(201);
    return `${this.server.url}/workspaces/${this.workspaceId}/maps/${created.body.artefact.id}`;
  }

  async openMap(page: Page, url: string, title: string): Promise<void> {
    await page.goto(url);
    await expectHeading(page, title);
    await waitForText(page.locator('#map-status'), SAVED);
  }

  async commissioner(): Promise<Page> {
    const { page } = await newPerson(this.browser, this.contexts);
    await signInThroughHome(page, this.server, 'cerys@example.org');
    return page;
  }

  /** A service user who joins with a workshop code: an editor of maps without an account. */
  async guestInWorkshop(name: string): Promise<Page> {
    const workshop = await api(this.server, 'POST', `/api/workspaces/${this.workspaceId}/workshops`, { title: `Workshop for ${name}` }, this.cookie);
    const { page } = await newPerson(this.browser, this.contexts);
    await page.goto(`${this.server.url}/join`);
    await page.getByLabel('Workshop code').fill(workshop.body.workshop.code);
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('a person who uses care and support').check();
    await page.getByRole('button', { name: 'Join the workshop' }).click();
    await expectHeading(page, WORKSPACE);
    return page;
  }

  /** A citizen with an account, invited into the workspace: view-level on maps. */
  async citizen(): Promise<Page> {
    await accountOverHttp(this.server, 'Carys Citizen', 'carys@example.org');
    const invitation = await api(this.server, 'POST', `/api/workspaces/${this.workspaceId}/invitations`, { role: 'citizen' }, this.cookie);
    const { page } = await newPerson(this.browser, this.contexts);
    await signInThroughHome(page, this.server, 'carys@example.org');
    await page.goto(`${this.server.url}${invitation.body.invitation.path}`);
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await expectHeading(page, WORKSPACE);
    return page;
  }

  /** A map the commissioner starts from the Tool 19 template, shown as the list. */
  async tool19Map(title: string): Promise<{ url: string; page: Page }> {
    const url = await this.newMap(title);
    const page = await this.commissioner();
    await this.openMap(page, url, title);
    await page.getByRole('button', { name: 'Start from the Tool 19 map' }).click();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await item(stage(page, STAGES.define), 'Workshop: what matters to you').waitFor();
    await waitForText(page.locator('#map-status'), SAVED);
    return { url, page };
  }
}

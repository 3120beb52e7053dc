import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import * as Y from 'yjs';
import { readMap } from '../../shared/maps/mapDoc.ts';
import { NODE_HEIGHT } from '../../shared/maps/mapTypes.ts';
import { applyTemplate } from '../../shared/maps/templates.ts';
import { addMember, api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { launchBrowser, waitForText } from './helpers/browser.ts';
import { canvasInView, centreOf, positionOf, shiftTabTo } from './helpers/mapCanvasGeometry.ts';
import { expectAccessible, expectHeading, newPerson, tabTo, waitForFocus } from './helpers/people.ts';

const SAVED = /All changes saved|Pob newid wedi'i gadw/;

describe('the process map canvas, drawn together live', { timeout: 120_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errorsOf = new Map<Page, string[]>();
  let cerys: HttpAccount;
  let carwyn: HttpAccount;
  let cai: HttpAccount;
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestServer({ serveClient: true });
    browser = await launchBrowser();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
    carwyn = await signUpOverHttp(server, 'Carwyn Carer');
    cai = await signUpOverHttp(server, 'Cai Citizen');
    const created = await api(server, 'POST', '/api/workspaces', { name: 'North 2027', model: '2', zones: ['Wrexham'] }, cerys.cookie);
    workspaceId = created.body.workspace.id as string;
    await addMember(server, workspaceId, cerys, carwyn, 'carer');
    await addMember(server, workspaceId, cerys, cai, 'citizen');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function newMap(title: string): Promise<string> {
    const created = await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'map', title }, cerys.cookie);
    expect(created.status).toBe(201);
    return created.body.artefact.id as string;
  }

  /** A signed-in person's browser on a map (session cookie from the API: signing in has its own tests). */
  async function mapPage(account: HttpAccount, artefactId: string, title: string, language?: 'cy'): Promise<Page> {
    const { context, page, errors } = await newPerson(browser, contexts, { language });
    errorsOf.set(page, errors);
    const [name, value] = account.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    await page.goto(`${server.url}/workspaces/${workspaceId}/maps/${artefactId}`);
    await expectHeading(page, title);
    await waitForText(page.locator('#map-status'), SAVED);
    return page;
  }

  const node = (page: Page, label: string) => page.locator('.react-flow__node').filter({ hasText: label });
  const edges = (page: Page) => page.locator('.react-flow__edge');
  const labelField = (page: Page) => page.getByLabel('Name on the map');

  async function addNodeNamed(page: Page, label: string, stage?: string): Promise<void> {
    if (stage) await page.getByLabel('Stage', { exact: true }).selectOption({ label: stage });
    await page.getByRole('button', { name: 'Add a node' }).click();
    await waitForFocus(labelField(page), 'the new node’s name focused');
    await page.keyboard.type(label);
    await node(page, label).waitFor();
  }

  it('lets a commissioner and a carer add, connect, move and delete nodes, each seeing the other live, and undo only their own', async () => {
    const artefactId = await newMap('Engagement plan');
    const commissioner = await mapPage(cerys, artefactId, 'Engagement plan');
    const carer = await mapPage(carwyn, artefactId, 'Engagement plan');
    await waitForText(commissioner.getByRole('region', { name: /Here now/ }), /Carwyn Carer/);

    // An empty map offers a start; an empty one it is.
    await commissioner.getByRole('button', { name: 'Start from the Tool 19 map' }).waitFor();
    await expectAccessible(commissioner);
    await commissioner.getByRole('button', { name: 'Start with an empty map' }).click();

    await addNodeNamed(commissioner, 'Listening event');
    await addNodeNamed(commissioner, 'Test the new model', 'Design and test');
    await node(carer, 'Listening event').waitFor();
    await node(carer, 'Test the new model').waitFor();

    // Connect by dragging from the first node's handle to the second's.
    await canvasInView(commissioner);
    await canvasInView(carer);
    const from = await centreOf(node(commissioner, 'Listening event').locator('.react-flow__handle.source'));
    const to = await centreOf(node(commissioner, 'Test the new model').locator('.react-flow__handle.target'));
    await commissioner.mouse.move(from.x, from.y);
    await commissioner.mouse.down();
    await commissioner.mouse.move(to.x, to.y, { steps: 12 });
    await commissioner.mouse.up();
    await waitFor(async () => (await edges(carer).count()) === 1, { message: 'the connection on the carer’s canvas' });
    expect(await edges(carer).first().getAttribute('aria-label')).toBe('Connection from Listening event to Test the new model');
    // A label on the connection, from its details (the connection selected from the keyboard).
    await edges(commissioner).first().focus();
    await commissioner.keyboard.press('Enter');
    await commissioner.getByLabel('Label on the connection').fill('tells');
    await waitFor(async () => (await edges(carer).first().getAttribute('aria-label')) === 'Connection from Listening event to Test the new model: tells', {
      message: 'the label on the carer’s canvas',
    });
    await expectAccessible(carer);

    // The carer drags a node: the commissioner sees a ghost while it moves, then the node lands.
    const moved = node(carer, 'Test the new model');
    const nodeId = (await moved.getAttribute('data-id'))!;
    const before = await positionOf(node(commissioner, 'Test the new model'));
    const start = await centreOf(moved.locator('.map-node__label'));
    await carer.mouse.move(start.x, start.y);
    await carer.mouse.down();
    await carer.mouse.move(start.x + 20, start.y + 80, { steps: 8 });
    await commissioner.getByTestId(`ghost-${nodeId}`).waitFor();
    await commissioner.locator('.map-pointer', { hasText: 'Carwyn Carer' }).waitFor();
    expect(await positionOf(node(commissioner, 'Test the new model'))).toEqual(before);
    await carer.mouse.move(start.x + 20, start.y + 160, { steps: 8 });
    await carer.mouse.up();
    await commissioner.getByTestId(`ghost-${nodeId}`).waitFor({ state: 'detached' });
    const landed = await waitFor(async () => {
      const now = await positionOf(node(commissioner, 'Test the new model'));
      return now.y > before.y + 100 ? now : null;
    }, { message: 'the node landed lower on the commissioner’s canvas' });
    // Others' pointers can be hidden, and shown again.
    const showOthers = commissioner.getByLabel('Show other people’s pointers and selections');
    await showOthers.uncheck();
    expect(await commissioner.locator('.map-pointer').count()).toBe(0);
    await showOthers.check();
    await commissioner.locator('.map-pointer', { hasText: 'Carwyn Carer' }).waitFor();

    // Deleting a node deletes its connection, for everyone.
    await node(commissioner, 'Listening event').locator('.map-node__label').click();
    await waitForText(node(carer, 'Listening event'), /Selected by Cerys Commissioner/);
    await commissioner.keyboard.press('Delete');
    await node(carer, 'Listening event').waitFor({ state: 'detached' });
    expect(await edges(carer).count()).toBe(0);

    // The commissioner's undo brings her node and its connection back, and leaves the carer's move alone.
    await commissioner.getByRole('button', { name: 'Undo my change' }).click();
    await node(carer, 'Listening event').waitFor();
    await waitFor(async () => (await edges(carer).count()) === 1, { message: 'the connection back' });
    expect(await positionOf(node(commissioner, 'Test the new model'))).toEqual(landed);
    await commissioner.getByRole('button', { name: 'Redo my change' }).click();
    await node(carer, 'Listening event').waitFor({ state: 'detached' });

    // The carer's undo takes back only the carer's move: the deleted node stays deleted.
    await carer.getByRole('button', { name: 'Undo my change' }).click();
    await waitFor(async () => (await positionOf(node(commissioner, 'Test the new model'))).y === before.y, { message: 'the move undone' });
    expect(await node(commissioner, 'Listening event').count()).toBe(0);

    // Copy and paste with the keyboard: the copy is a new node, seen by the carer.
    await node(commissioner, 'Test the new model').locator('.map-node__label').click();
    await commissioner.keyboard.press('Control+C');
    await commissioner.keyboard.press('Control+V');
    await waitFor(async () => (await node(carer, 'Test the new model').count()) === 2, { message: 'the pasted copy' });
    // The copy sits over the original until Arrange automatically stacks them apart.
    await commissioner.getByRole('button', { name: 'Arrange automatically' }).click();
    await waitFor(async () => {
      const [a, b] = await Promise.all([0, 1].map((i) => positionOf(node(carer, 'Test the new model').nth(i))));
      return a!.x === b!.x && Math.abs(a!.y - b!.y) >= NODE_HEIGHT;
    }, { message: 'the two nodes one above the other in their lane' });

    await waitForText(commissioner.locator('#map-status'), SAVED);
    await carer.reload();
    await waitForText(carer.locator('#map-status'), SAVED);
    await waitFor(async () => (await node(carer, 'Test the new model').count()) === 2, { message: 'the map after a reload' });
    expect(errorsOf.get(commissioner)).toEqual([]);
    expect(errorsOf.get(carer)).toEqual([]);
  });

  it('starts from the Tool 19 map and downloads it as SVG and PNG with its labels', async () => {
    const artefactId = await newMap('Tool 19 map');
    const page = await mapPage(cerys, artefactId, 'Tool 19 map');
    await page.getByRole('button', { name: 'Start from the Tool 19 map' }).click();
    const template = new Y.Doc();
    applyTemplate(template, 'tool19', 'en');
    const labels = readMap(template).nodes.map((n) => n.label);
    await node(page, labels[0]!).waitFor();
    expect(await page.locator('.react-flow__node').count()).toBe(labels.length);
    await expectAccessible(page);

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('tool-19-map.svg');
    const svg = await fs.readFile((await svgDownload.path())!, 'utf8');
    expect(svg).toMatch(/^<svg|^<\?xml/);
    expect(svg).toContain('Set out and define purpose');
    for (const word of labels.map((label) => label.split(/\s+/)[0]!)) expect(svg).toContain(word);

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(pngDownload.suggestedFilename()).toBe('tool-19-map.png');
    const png = await fs.readFile((await pngDownload.path())!);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(10_000);
    expect(errorsOf.get(page)).toEqual([]);
  });

  it('shows a citizen the map read-only, with export and the list view, in English and Welsh', async () => {
    const artefactId = await newMap('Map for citizens');
    const commissioner = await mapPage(cerys, artefactId, 'Map for citizens');
    await addNodeNamed(commissioner, 'Community survey');

    const citizen = await mapPage(cai, artefactId, 'Map for citizens');
    await citizen.getByText('You can look at this map and download it, but not change it.').waitFor();
    await node(citizen, 'Community survey').waitFor();
    expect(await citizen.getByRole('button', { name: 'Add a node' }).count()).toBe(0);
    expect(await citizen.getByRole('button', { name: 'Undo my change' }).count()).toBe(0);
    expect(await citizen.getByRole('button', { name: /Start/ }).count()).toBe(0);
    expect(await citizen.locator('.react-flow__node.draggable').count()).toBe(0);
    expect(await citizen.locator('.react-flow__handle.connectable').count()).toBe(0);
    // Selecting shows the details to read, not to change.
    await canvasInView(citizen);
    await node(citizen, 'Community survey').locator('.map-node__label').click();
    await citizen.getByRole('heading', { name: 'Community survey' }).waitFor();
    expect(await citizen.getByRole('textbox').count()).toBe(0);
    await citizen.getByRole('button', { name: 'Download SVG' }).waitFor();
    await expectAccessible(citizen);

    // The same change reaches the citizen live.
    await labelField(commissioner).fill('Community survey, spring');
    await node(citizen, 'Community survey, spring').waitFor();

    await citizen.getByRole('button', { name: 'List' }).click();
    expect(await citizen.getByRole('button', { name: 'List' }).getAttribute('aria-pressed')).toBe('true');
    expect(await citizen.locator('.react-flow').count()).toBe(0);
    await citizen.getByRole('button', { name: 'Canvas' }).click();
    await node(citizen, 'Community survey, spring').waitFor();

    await citizen.getByRole('button', { name: 'Cymraeg' }).click();
    await citizen.getByText('Gallwch edrych ar y map hwn a’i lawrlwytho, ond nid ei newid.').waitFor();
    await citizen.getByRole('button', { name: 'Lawrlwytho SVG' }).waitFor();
    await expectAccessible(citizen);
    expect(errorsOf.get(citizen)).toEqual([]);
  });

  it('can be used with the keyboard alone: add a node, open its details, rename it, in Welsh with axe', async () => {
    const artefactId = await newMap('Keyboard map');
    const page = await mapPage(cerys, artefactId, 'Keyboard map');
    await tabTo(page, page.getByRole('button', { name: 'Add a node' }), 40);
    await page.keyboard.press('Enter');
    await waitForFocus(labelField(page), 'the new node’s name focused');
    await page.keyboard.type('Drop-in at the library');
    await node(page, 'Drop-in at the library').waitFor();

    // Back to the node on the canvas: Escape lets it go, Enter selects it and its details open.
    const onCanvas = page.getByRole('group', { name: /Drop-in at the library/ });
    await shiftTabTo(page, onCanvas);
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Details of Drop-in at the library' }).waitFor({ state: 'detached' });
    // Escape also lets go of focus (React Flow blurs the node): find it again.
    await shiftTabTo(page, onCanvas);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Details of Drop-in at the library' }).waitFor();
    await tabTo(page, labelField(page), 40);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Library drop-in, Rhyl');
    await node(page, 'Library drop-in, Rhyl').waitFor();
    await waitForText(page.locator('#map-status'), SAVED);

    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await page.getByRole('button', { name: 'Ychwanegu nod' }).waitFor();
    await page.getByRole('heading', { name: 'Manylion Library drop-in, Rhyl' }).waitFor();
    await expectAccessible(page);
    // The download names stages and kinds in the page's language.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lawrlwytho SVG' }).click()]);
    const svg = await fs.readFile((await download.path())!, 'utf8');
    for (const welsh of ['Dylunio a phrofi', 'Gweithgaredd', 'Library drop-in, Rhyl']) expect(svg).toContain(welsh);
    expect(errorsOf.get(page)).toEqual([]);
  });
});

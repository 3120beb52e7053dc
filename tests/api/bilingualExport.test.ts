import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LANGUAGE_CHANGED } from '../../shared/bilingual/languageMarker.ts';
import { SPECIFICATION_FRAGMENTS } from '../../shared/specification/languageFragments.ts';
import { api, editableRoom, type HttpAccount } from '../helpers/httpAccounts.ts';
import { connectSyncedPeer, type TestPeer } from '../helpers/providers.ts';
import { el, p, text, writeSpecification } from '../helpers/specificationContent.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

/** A specification's English and Welsh texts: exported either side, versioned and restored together. */
describe('a specification in English and Welsh over the API', () => {
  let server: TestServer;
  const peers: TestPeer[] = [];

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(() => {
    for (const peer of peers.splice(0)) peer.destroy();
  });
  afterAll(() => server.close());

  const download = (artefactId: string, query: string, person: HttpAccount) =>
    fetch(`${server.url}/api/artefacts/${artefactId}/export?${query}`, { headers: person.headers });

  async function bilingualSpecification() {
    const { owner, room } = await editableRoom(server, 'specification');
    const editor = await connectSyncedPeer(server.collabUrl, room, { headers: owner.headers });
    peers.push(editor);
    editor.doc.transact(() => {
      writeSpecification(editor.doc.getXmlFragment(SPECIFICATION_FRAGMENTS.en), [el('heading', { level: 2 }, text('Identifying the need')), p(text('People choose their visit times.'))]);
      writeSpecification(editor.doc.getXmlFragment(SPECIFICATION_FRAGMENTS.cy), [el('heading', { level: 2 }, text('Nodi’r angen')), p(text('Mae pobl yn dewis amseroedd eu hymweliadau.'))]);
      editor.doc.getMap(LANGUAGE_CHANGED).set('cy', 2000);
    });
    const artefactId = room.split('/').at(-1)!;
    await waitFor(async () => (await (await download(artefactId, 'format=markdown&language=cy', owner)).text()).includes('hymweliadau'), { message: 'the stored Welsh' });
    return { owner, editor, artefactId };
  }

  it('exports the English by default and the Welsh on request, as Markdown and as HTML marked with its language', async () => {
    const { owner, artefactId } = await bilingualSpecification();
    expect(await (await download(artefactId, 'format=markdown', owner)).text()).toBe('## Identifying the need\n\nPeople choose their visit times.\n');
    expect(await (await download(artefactId, 'format=markdown&language=en', owner)).text()).toBe('## Identifying the need\n\nPeople choose their visit times.\n');
    const welsh = await download(artefactId, 'format=markdown&language=cy', owner);
    expect(welsh.status).toBe(200);
    expect(await welsh.text()).toBe('## Nodi’r angen\n\nMae pobl yn dewis amseroedd eu hymweliadau.\n');
    const html = await (await download(artefactId, 'format=html&language=cy', owner)).text();
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain('<h2>Nodi’r angen</h2>');
    expect(await (await download(artefactId, 'format=html', owner)).text()).toContain('<html lang="en">');
  });

  it('refuses a language it does not know with 400 naming `language`', async () => {
    const { owner, artefactId } = await bilingualSpecification();
    for (const bad of ['fr', 'CY', '']) {
      const res = await download(artefactId, `format=markdown&language=${bad}`, owner);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { field?: string; message: string } };
      expect(JSON.stringify(body)).toContain('language');
    }
  });

  it('keeps the Welsh and the stamps in versions, exports and diffs the Welsh on its own, and a restore brings them back', async () => {
    const { owner, editor, artefactId } = await bilingualSpecification();
    const first = await api(server, 'POST', `/api/artefacts/${artefactId}/versions`, { label: 'Both languages' }, owner.cookie);
    expect(first.status).toBe(201);
    const read = await api(server, 'GET', `/api/artefacts/${artefactId}/versions/1`, undefined, owner.cookie);
    expect(JSON.stringify(read.body.content.content_cy)).toContain('hymweliadau');
    expect(read.body.content.languageChanged).toEqual({ cy: 2000 });

    const welsh = editor.doc.getXmlFragment(SPECIFICATION_FRAGMENTS.cy);
    editor.doc.transact(() => {
      welsh.delete(0, welsh.length);
      editor.doc.getMap(LANGUAGE_CHANGED).set('cy', 3000);
    });
    await waitFor(async () => !(await (await download(artefactId, 'format=markdown&language=cy', owner)).text()).includes('hymweliadau'), { message: 'the Welsh removed' });
    const second = await api(server, 'POST', `/api/artefacts/${artefactId}/versions`, { label: 'Welsh removed' }, owner.cookie);
    expect(second.status).toBe(201);
    // Each version exports either side as it was then, named after the version.
    const versionFile = (n: number, query: string) => fetch(`${server.url}/api/artefacts/${artefactId}/versions/${n}/export?${query}`, { headers: owner.headers });
    expect(await (await versionFile(1, 'format=markdown&language=cy')).text()).toBe('## Nodi’r angen\n\nMae pobl yn dewis amseroedd eu hymweliadau.\n');
    expect(await (await versionFile(2, 'format=markdown&language=cy')).text()).not.toContain('hymweliadau');
    expect(await (await versionFile(1, 'format=markdown')).text()).toContain('People choose their visit times.');
    const welshHtml = await versionFile(1, 'format=html&language=cy');
    expect(welshHtml.headers.get('content-disposition')).toContain('v1');
    expect(await welshHtml.text()).toContain('<html lang="cy">');
    const badLanguage = await versionFile(1, 'format=html&language=de');
    expect(badLanguage.status).toBe(400);
    expect(((await badLanguage.json()) as { field?: string }).field).toBe('language');

    const diff = await api(server, 'GET', `/api/artefacts/${artefactId}/versions/1/diff/2`, undefined, owner.cookie);
    expect(diff.body.diff.text.every((part: { change: string }) => part.change === 'same')).toBe(true);
    expect(diff.body.diff.welsh.filter((part: { change: string }) => part.change === 'removed').map((part: { text: string }) => part.text).join('')).toContain('hymweliadau');
    const restored = await api(server, 'POST', `/api/artefacts/${artefactId}/versions/1/restore`, undefined, owner.cookie);
    expect(restored.status).toBe(201);
    await waitFor(() => (welsh.toString().includes('hymweliadau') && editor.doc.getMap(LANGUAGE_CHANGED).get('cy') === 2000 ? true : null), { message: 'the restore to reach the editor' });
    expect(Y.encodeStateAsUpdate(editor.doc).length).toBeGreaterThan(0);
  });
});

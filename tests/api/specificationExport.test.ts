import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addOutcome, findOutcome } from '../../shared/outcomes/outcomeDoc.ts';
import { SPECIFICATION_FRAGMENT } from '../../server/export/specificationExport.ts';
import { addMember, api, editableRoom, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { connectSyncedPeer, type TestPeer } from '../helpers/providers.ts';
import { el, p, text, writeSpecification } from '../helpers/specificationContent.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('GET /api/artefacts/:id/export', () => {
  let server: TestServer;
  const peers: TestPeer[] = [];

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(() => {
    for (const peer of peers.splice(0)) peer.destroy();
  });
  afterAll(() => server.close());

  async function connect(room: string, person: HttpAccount): Promise<TestPeer> {
    const peer = await connectSyncedPeer(server.collabUrl, room, { headers: person.headers });
    peers.push(peer);
    return peer;
  }

  function download(artefactId: string, format: string, person: HttpAccount) {
    return fetch(`${server.url}/api/artefacts/${artefactId}/export?format=${encodeURIComponent(format)}`, { headers: person.headers });
  }

  /** A specification written over live sync, as the commissioner, with an outcome reference into the framework. */
  async function writtenSpecification() {
    const { owner, workspaceId, room } = await editableRoom(server, 'specification');
    const workspace = await api(server, 'GET', `/api/workspaces/${workspaceId}`, undefined, owner.cookie);
    const outcomesRoom = (workspace.body.workspace.artefacts as Array<{ kind: string; room: string }>).find((a) => a.kind === 'outcomes')!.room;
    const framework = await connect(outcomesRoom, owner);
    const outcomeId = addOutcome(framework.doc, { statement: 'I can stay in my own home', status: 'agreed' });

    const editor = await connect(room, owner);
    writeSpecification(editor.doc.getXmlFragment(SPECIFICATION_FRAGMENT), [
      el('heading', { level: 2 }, text('Outcomes we buy')),
      p(text('Providers deliver '), el('outcomeRef', { outcomeId }), text(' with '), text('care', { bold: {} }), text(', see '), text('the toolkit', { link: { href: 'https://gov.wales/toolkit' } })),
      el('script', {}, text('alert(1)')),
      el('img', { src: 'x', onerror: 'alert(2)' }),
      el('paragraph', { onclick: 'alert(3)' }, text('<script>alert(4)</script> [x](javascript:alert(5))')),
      p(text('click me', { link: { href: 'javascript:alert(6)' } })),
    ]);
    // The server stores updates asynchronously to the editing peer: wait until both documents are stored.
    await waitFor(() => findOutcome(framework.doc, outcomeId), { message: 'the outcome' });
    const artefactId = room.split('/').at(-1)!;
    await waitFor(
      async () => {
        const res = await download(artefactId, 'markdown', owner);
        const body = await res.text();
        return body.includes('click me') && body.includes('I can stay in my own home');
      },
      { message: 'the stored specification to be exported' },
    );
    return { owner, workspaceId, artefactId, outcomesArtefactId: outcomesRoom.split('/').at(-1)! };
  }

  it('exports what was written over live sync as Markdown and clean HTML, with nothing executable left', async () => {
    const { owner, artefactId } = await writtenSpecification();

    const markdown = await download(artefactId, 'markdown', owner);
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(markdown.headers.get('content-disposition')).toBe(`attachment; filename="test.md"; filename*=UTF-8''Test.md`);
    expect(markdown.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await markdown.text()).toBe(
      [
        '## Outcomes we buy',
        '',
        'Providers deliver I can stay in my own home with **care**, see [the toolkit](https://gov.wales/toolkit)',
        '',
        'alert\\(1\\)',
        '',
        '&lt;script&gt;alert\\(4\\)&lt;/script&gt; \\[x\\]\\(javascript:alert\\(5\\)\\)',
        '',
        'click me',
        '',
      ].join('\n'),
    );

    const html = await download(artefactId, 'html', owner);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-disposition')).toBe(`attachment; filename="test.html"; filename*=UTF-8''Test.html`);
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await html.text();
    expect(page).toContain('<title>Test</title>');
    const body = page.slice(page.indexOf('<body>') + '<body>'.length, page.indexOf('</body>'));
    expect(body.trim()).toBe(
      [
        '<h2>Outcomes we buy</h2>',
        '<p>Providers deliver I can stay in my own home with <strong>care</strong>, see <a href="https://gov.wales/toolkit">the toolkit</a></p>',
        '<p>alert(1)</p>',
        '<p>&#60;script&#62;alert(4)&#60;/script&#62; [x](javascript:alert(5))</p>',
        '<p>click me</p>',
      ].join('\n'),
    );
  });

  it('lets anyone with view access download; refuses members without it, strangers and other artefacts', async () => {
    const { owner, workspaceId, artefactId, outcomesArtefactId } = await writtenSpecification();
    const provider = await signUpOverHttp(server, 'Pat Provider');
    const citizen = await signUpOverHttp(server, 'Cai Citizen');
    const stranger = await signUpOverHttp(server, 'Owain Outsider');
    await addMember(server, workspaceId, owner, provider, 'provider');
    await addMember(server, workspaceId, owner, citizen, 'citizen');

    // Providers comment on specifications, so they may read (and export) them.
    const providers = await download(artefactId, 'html', provider);
    expect(providers.status).toBe(200);
    expect(await providers.text()).toContain('I can stay in my own home');

    // Citizens have no access to specifications by default.
    const citizens = await download(artefactId, 'markdown', citizen);
    expect(citizens.status).toBe(403);
    expect((await citizens.json()).error).toBe('forbidden');

    expect((await download(artefactId, 'markdown', stranger)).status).toBe(404);
    expect((await download('no-such-artefact', 'markdown', owner)).status).toBe(404);
    expect((await download(outcomesArtefactId, 'markdown', owner)).status).toBe(404);
    const signedOut = await fetch(`${server.url}/api/artefacts/${artefactId}/export?format=markdown`);
    expect(signedOut.status).toBe(401);
  });

  it('answers 400 naming format for a missing or unknown format', async () => {
    const { owner, artefactId } = await editableRoom(server, 'specification').then(({ owner, room }) => ({ owner, artefactId: room.split('/').at(-1)! }));
    for (const format of ['pdf', '', 'HTML', 'markdown ']) {
      const res = await download(artefactId, format, owner);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalid_request', field: 'format' });
    }
    const missing = await fetch(`${server.url}/api/artefacts/${artefactId}/export`, { headers: owner.headers });
    expect(missing.status).toBe(400);
    expect((await missing.json()).field).toBe('format');
    // An empty specification exports as an empty file, not an error.
    expect(await (await download(artefactId, 'markdown', owner)).text()).toBe('');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { connectSyncedPeer } from '../helpers/providers.ts';
import { p, text, writeSpecification } from '../helpers/specificationContent.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('versions of consultations opening and closing by their dates', () => {
  let server: TestServer;
  let cerys: HttpAccount;
  let spec: { id: string; room: string };
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestServer();
    cerys = await signUpOverHttp(server, 'Cerys Commissioner');
    workspaceId = (await api(server, 'POST', '/api/workspaces', { name: 'Gwynedd 2027', model: '1' }, cerys.cookie)).body.workspace.id;
    spec = (await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'specification', title: 'Draft' }, cerys.cookie)).body.artefact;
    const peer = await connectSyncedPeer(server.collabUrl, spec.room, { headers: cerys.headers });
    writeSpecification(peer.doc.getXmlFragment('content'), [p(text('Visits at agreed times.'))]);
    await waitFor(async () => ((await server.server.db.selectFrom('document_updates').select('seq').where('document_name', '=', spec.room).execute()).length > 0 ? true : null));
    peer.destroy();
  });
  afterAll(() => server.close());

  const kinds = async () => (await api(server, 'GET', `/api/artefacts/${spec.id}/versions`, undefined, cerys.cookie)).body.versions.map((v: { kind: string }) => v.kind).reverse();

  it('keeps the version of a scheduled opening when its date comes, and of the closing when that date passes, once each', async () => {
    const opensAt = new Date(Date.now() + 60_000).toISOString();
    const closesAt = new Date(Date.now() + 120_000).toISOString();
    const opened = await api(server, 'POST', `/api/artefacts/${spec.id}/consultations`, { opensAt, closesAt, visibility: 'open' }, cerys.cookie);
    expect(opened.status).toBe(201);
    await server.server.consultationSweep.run();
    expect(await kinds()).toEqual([]);

    // The dates pass (moved, rather than waited for).
    await server.server.db.updateTable('consultations').set({ opens_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', opened.body.consultation.id).execute();
    await server.server.consultationSweep.run();
    expect(await kinds()).toEqual(['consultation_opened']);
    await server.server.db.updateTable('consultations').set({ closes_at: new Date(Date.now() - 500).toISOString() }).where('id', '=', opened.body.consultation.id).execute();
    await server.server.consultationSweep.run();
    await server.server.consultationSweep.run();
    // Nothing changed between opening and closing: no second, identical version.
    expect(await kinds()).toEqual(['consultation_opened']);
    const audit = await api(server, 'GET', `/api/workspaces/${workspaceId}/audit?limit=500`, undefined, cerys.cookie);
    const closings = audit.body.events.filter((e: { kind: string }) => e.kind === 'consultation_closed');
    expect(closings).toHaveLength(1);
    expect(closings[0]).toMatchObject({ actor: null, details: { byDate: true } });
  });
});

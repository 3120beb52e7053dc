import { afterEach, describe, expect, it } from 'vitest';
import { addNode } from '../../shared/maps/mapDoc.ts';
import { editableRoom } from '../helpers/httpAccounts.ts';
import { connectSyncedPeer, type TestPeer } from '../helpers/providers.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('automatic versions', () => {
  const servers: TestServer[] = [];
  const peers: TestPeer[] = [];
  afterEach(async () => {
    for (const peer of peers.splice(0)) peer.destroy();
    for (const server of servers.splice(0)) await server.close();
  });

  async function mapBeingEdited(env: Record<string, string>) {
    const server = await startTestServer({ env });
    servers.push(server);
    const { owner, room } = await editableRoom(server, 'map');
    const peer = await connectSyncedPeer(server.collabUrl, room, { headers: owner.headers });
    peers.push(peer);
    const versionsOf = () =>
      server.server.db
        .selectFrom('artefact_versions')
        .innerJoin('artefacts', 'artefacts.id', 'artefact_versions.artefact_id')
        .select(['artefact_versions.kind', 'artefact_versions.up_to_seq'])
        .where('artefacts.room', '=', room)
        .execute();
    return { server, peer, room, versionsOf };
  }

  it('takes one when edits settle, covering every stored change', async () => {
    const { peer, versionsOf, server, room } = await mapBeingEdited({ VERSION_QUIET_SECONDS: '0.3' });
    for (let i = 0; i < 5; i++) addNode(peer.doc, { label: `Step ${i}` });
    const versions = await waitFor(async () => {
      const rows = await versionsOf();
      return rows.length > 0 ? rows : null;
    }, { message: 'an automatic version' });
    const stored = await server.server.db.selectFrom('document_updates').select('seq').where('document_name', '=', room).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(versions).toEqual([{ kind: 'automatic', up_to_seq: stored.seq }]);
  });

  it('versions edits still waiting to settle when the server stops', async () => {
    const { peer, versionsOf, server, room } = await mapBeingEdited({ VERSION_QUIET_SECONDS: '3600' });
    addNode(peer.doc, { label: 'Before the restart' });
    await waitFor(async () => ((await server.server.db.selectFrom('document_updates').select('seq').where('document_name', '=', room).execute()).length > 0 ? true : null));
    expect(await versionsOf()).toEqual([]);
    await server.stop();
    const { openDatabase } = await import('../../server/db/database.ts');
    const reopened = openDatabase(server.config);
    try {
      const rows = await reopened.db.selectFrom('artefact_versions').select('kind').execute();
      expect(rows.map((r) => r.kind)).toEqual(['automatic']);
    } finally {
      await reopened.db.destroy();
    }
  });
});

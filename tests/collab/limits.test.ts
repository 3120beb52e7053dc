import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/protocol.ts';
import { connectSyncedPeer, type TestPeer } from '../helpers/providers.ts';
import { openRawSocket } from '../helpers/rawSocket.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { openAccess } from '../helpers/openAccess.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('limits from the shared limits module', () => {
  let server: TestServer | null = null;
  const peers: TestPeer[] = [];

  afterEach(async () => {
    for (const p of peers.splice(0)) p.destroy();
    await server?.close();
  });

  it('turns away a connection beyond the room limit with 1013 and keeps serving the others', async () => {
    server = await startTestServer({ access: openAccess, env: { MAX_CONNECTIONS_PER_ROOM: '2' } });
    peers.push(await connectSyncedPeer(server.collabUrl, 'limits/full'), await connectSyncedPeer(server.collabUrl, 'limits/full'));
    const third = await openRawSocket(server.collabUrl, 'limits/full');
    expect(await third.closed).toBe(CloseCode.TryAgainLater);
    peers[0]!.doc.getText('t').insert(0, 'ok');
    await waitFor(() => peers[1]!.doc.getText('t').toString() === 'ok');
  });

  it('closes with 4413 a change that would take the document past its size limit, and stores none of it', async () => {
    server = await startTestServer({ access: openAccess, env: { MAX_DOCUMENT_BYTES: '4096' } });
    const writer = await connectSyncedPeer(server.collabUrl, 'limits/size');
    const reader = await connectSyncedPeer(server.collabUrl, 'limits/size');
    peers.push(writer, reader);
    writer.doc.getText('t').insert(0, 'small');
    await waitFor(() => reader.doc.getText('t').toString() === 'small');

    const closeCodes: number[] = [];
    writer.provider.on('connection-close', (event: CloseEvent | null) => event && closeCodes.push(event.code));
    writer.doc.getText('t').insert(5, 'x'.repeat(8000));
    await waitFor(() => closeCodes.includes(CloseCode.DocumentTooLarge), { message: 'close 4413' });
    expect(reader.doc.getText('t').toString()).toBe('small');
  });
});

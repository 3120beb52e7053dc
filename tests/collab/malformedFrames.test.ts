import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/protocol.ts';
import { MiB } from '../../shared/limits.ts';
import { connectSyncedPeer } from '../helpers/providers.ts';
import { syncUpdateFrame } from '../helpers/protocolFrames.ts';
import { openRawSocket } from '../helpers/rawSocket.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { openAccess } from '../helpers/openAccess.ts';
import { waitFor } from '../helpers/waitFor.ts';

/** Deterministic "random" bytes, so a failure can be replayed. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x & 0xff;
  }
  return out;
}

describe('malformed frames close only their own connection', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ access: openAccess });
  });
  afterAll(() => server.close());

  async function storedUpdates(room: string): Promise<number> {
    const rows = await server.server.db.selectFrom('document_updates').select('seq').where('document_name', '=', room).execute();
    return rows.length;
  }

  const cases: Array<[string, (s: import('ws').WebSocket) => void, number[]]> = [
    ['a text frame', (s) => s.send('hello'), [CloseCode.UnsupportedData]],
    ['a truncated varint', (s) => s.send(new Uint8Array([0x80])), [CloseCode.InvalidPayload]],
    ['an unknown message type', (s) => s.send(new Uint8Array([0x09, 0x00])), [CloseCode.UnsupportedData]],
    ['an update that is not a Yjs update', (s) => s.send(syncUpdateFrame(new Uint8Array([5, 200, 1, 2, 3]))), [CloseCode.InvalidPayload]],
    ['random bytes', (s) => s.send(pseudoRandomBytes(512, 42)), [CloseCode.InvalidPayload, CloseCode.UnsupportedData]],
    ['random bytes in a sync update', (s) => s.send(syncUpdateFrame(pseudoRandomBytes(512, 7))), [CloseCode.InvalidPayload]],
    ['an oversize frame', (s) => s.send(new Uint8Array(MiB + 1)), [CloseCode.MessageTooBig]],
  ];

  it.each(cases)('%s closes that connection with the right code, stores nothing, and the server serves other rooms', async (label, send, codes) => {
    const room = `malformed/${label.replaceAll(' ', '-')}`;
    const raw = await openRawSocket(server.collabUrl, room);
    await waitFor(() => raw.received.length > 0, { message: 'server sync step 1' });
    send(raw.socket);
    expect(codes).toContain(await raw.closed);
    expect(await storedUpdates(room)).toBe(0);

    const other = await connectSyncedPeer(server.collabUrl, `healthy/${room}`);
    const watcher = await connectSyncedPeer(server.collabUrl, `healthy/${room}`);
    other.doc.getText('t').insert(0, 'still working');
    await waitFor(() => watcher.doc.getText('t').toString() === 'still working');
    other.destroy();
    watcher.destroy();
  });

  it('refuses an invalid room name with a close code', async () => {
    const raw = await openRawSocket(server.collabUrl, 'bad%20room%3F');
    expect(await raw.closed).toBe(CloseCode.InvalidRoom);
  });
});

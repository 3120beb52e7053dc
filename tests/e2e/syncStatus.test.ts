import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import WebSocket from 'ws';
import { CloseCode } from '../../shared/protocol.ts';
import { createYjsRoom, type YjsRoom } from '../../client/collab/yjsRoom.ts';
import type { SyncPhase } from '../../client/collab/syncTracker.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { openAccess } from '../helpers/openAccess.ts';
import { waitFor } from '../helpers/waitFor.ts';

/**
 * The client's saved-state tracker, in Node on real sockets against a real
 * server: "All changes saved" must mean the database has the change.
 */
describe('saved status of a shared document', () => {
  let server: TestServer;
  const rooms: YjsRoom[] = [];

  beforeAll(async () => {
    server = await startTestServer({ access: openAccess });
  });
  afterEach(() => {
    for (const room of rooms.splice(0)) room.destroy();
  });
  afterAll(() => server.close());

  function open(name: string): { room: YjsRoom; phases: SyncPhase[] } {
    const room = createYjsRoom(server.collabUrl, name, { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket });
    rooms.push(room);
    const phases: SyncPhase[] = [room.sync.getStatus().phase];
    room.sync.subscribe(() => phases.push(room.sync.getStatus().phase));
    return { room, phases };
  }

  const phaseOf = (room: YjsRoom) => room.sync.getStatus().phase;

  it('goes from connecting to saved on load, and counts changes while they are being saved', async () => {
    const { room, phases } = open('status/load');
    await waitFor(() => phaseOf(room) === 'saved', { message: 'saved after load' });
    expect(phases[0]).toBe('connecting');

    const text = room.doc.getText('notes');
    for (const letter of 'abc') text.insert(text.length, letter);
    // "Saved" stops at the first change; the count catches up at the next check, not per keystroke.
    expect(room.sync.getStatus()).toEqual({ phase: 'saving', unsent: 1, closeCode: null });
    await waitFor(() => phaseOf(room) === 'saved', { message: 'saved after typing' });
    expect(room.sync.getStatus().unsent).toBe(0);
  });

  it('never claims saved while the database refuses a change, and says saved once it is stored', async () => {
    const { room, phases } = open('status/outage');
    const reader = open('status/outage').room;
    await waitFor(() => phaseOf(room) === 'saved' && phaseOf(reader) === 'saved', { message: 'both saved' });

    await sql`ALTER TABLE document_updates RENAME TO document_updates_offline`.execute(server.server.db);
    const seenBefore = phases.length;
    room.doc.getText('notes').insert(0, 'written during the outage');
    // The server cannot store it, closes the connection (1011), and the client keeps retrying.
    await waitFor(() => phases.slice(seenBefore).includes('offline'), { message: 'offline with the unsent change' });
    expect(room.sync.getStatus().unsent).toBe(1);

    await sql`ALTER TABLE document_updates_offline RENAME TO document_updates`.execute(server.server.db);
    await waitFor(() => phaseOf(room) === 'saved', { timeoutMs: 20_000, message: 'saved after the outage' });
    const duringOutage = phases.slice(seenBefore, phases.lastIndexOf('saved'));
    expect(duringOutage).not.toContain('saved');
    await waitFor(() => reader.doc.getText('notes').toString() === 'written during the outage', {
      message: 'the other peer has the change',
    });
  });

  it('treats a pure deletion as unsaved until the database has it', async () => {
    const { room, phases } = open('status/deletion');
    await waitFor(() => phaseOf(room) === 'saved');
    const text = room.doc.getText('notes');
    text.insert(0, 'keep this, drop that');
    await waitFor(() => phaseOf(room) === 'saved' && text.length === 20);

    // A deletion leaves the state vector as it was: only the snapshots' delete sets differ.
    await sql`ALTER TABLE document_updates RENAME TO document_updates_offline`.execute(server.server.db);
    const seenBefore = phases.length;
    text.delete(10, 10);
    await waitFor(() => phases.slice(seenBefore).includes('offline'), { message: 'offline with the deletion' });
    await sql`ALTER TABLE document_updates_offline RENAME TO document_updates`.execute(server.server.db);
    await waitFor(() => phaseOf(room) === 'saved', { timeoutMs: 20_000, message: 'deletion stored' });
    expect(phases.slice(seenBefore, phases.lastIndexOf('saved'))).not.toContain('saved');

    const fresh = open('status/deletion').room;
    await waitFor(() => phaseOf(fresh) === 'saved');
    expect(fresh.doc.getText('notes').toString()).toBe('keep this,');
  });

  it('stops retrying and says why when the server refuses for a reason retrying cannot fix', async () => {
    const { room } = open('not*a*room');
    await waitFor(() => phaseOf(room) === 'stopped', { message: 'stopped' });
    expect(room.sync.getStatus().closeCode).toBe(CloseCode.InvalidRoom);
    expect(room.provider.shouldConnect).toBe(false);

    // Asking again really tries again (and is refused again).
    const closes: number[] = [];
    room.provider.on('connection-close', (event: CloseEvent | null) => event && closes.push(event.code));
    room.sync.retry();
    await waitFor(() => closes.includes(CloseCode.InvalidRoom) && phaseOf(room) === 'stopped', { message: 'refused again' });
  });
});

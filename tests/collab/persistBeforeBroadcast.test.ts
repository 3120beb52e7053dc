import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { CloseCode } from '../../shared/protocol.ts';
import { connectSyncedPeer } from '../helpers/providers.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { openAccess } from '../helpers/openAccess.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('persist before broadcast', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ access: openAccess });
  });
  afterAll(() => server.close());

  it('sends no peer a change the database did not store, and delivers it once storage is back', async () => {
    const room = 'durability/storage-outage';
    const writer = await connectSyncedPeer(server.collabUrl, room);
    const reader = await connectSyncedPeer(server.collabUrl, room);
    const closeCodes: number[] = [];
    writer.provider.on('connection-close', (event: CloseEvent | null) => event && closeCodes.push(event.code));

    // Take the update log away: every commit now fails.
    await sql`ALTER TABLE document_updates RENAME TO document_updates_offline`.execute(server.server.db);
    writer.doc.getText('t').insert(0, 'written during the outage');
    await waitFor(() => closeCodes.includes(CloseCode.InternalError), { message: 'writer closed with 1011' });
    expect(reader.doc.getText('t').toString()).toBe('');

    // The writer's provider kept its change and resends it when it reconnects.
    await sql`ALTER TABLE document_updates_offline RENAME TO document_updates`.execute(server.server.db);
    await waitFor(() => reader.doc.getText('t').toString() === 'written during the outage', {
      message: 'change delivered after the outage',
    });
    const stored = await server.server.db.selectFrom('document_updates').select('seq').where('document_name', '=', room).execute();
    expect(stored.length).toBeGreaterThanOrEqual(1);
    writer.destroy();
    reader.destroy();
  });
});

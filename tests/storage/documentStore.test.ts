import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { lastSequence } from '../../server/storage/documentStore.ts';
import { KyselyDocumentStore } from '../../server/storage/kyselyDocumentStore.ts';
import { onPostgres, openMigratedTestDatabase } from '../helpers/testDatabase.ts';

function rebuild(stored: Awaited<ReturnType<KyselyDocumentStore['load']>>): Y.Doc {
  const doc = new Y.Doc();
  if (stored.checkpoint) Y.applyUpdate(doc, stored.checkpoint.state);
  for (const u of stored.updates) Y.applyUpdate(doc, u.update);
  return doc;
}

describe(`document store on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  let handle: Awaited<ReturnType<typeof openMigratedTestDatabase>>;
  let store: KyselyDocumentStore;

  beforeEach(async () => {
    handle = await openMigratedTestDatabase();
    store = new KyselyDocumentStore(handle.db);
  });
  afterEach(() => handle.close());

  /** Records every update of a fresh doc as it is typed. */
  function typeInto(name: string, lines: number, startSeq = 1) {
    const doc = new Y.Doc();
    const records: Parameters<KyselyDocumentStore['appendUpdates']>[0][number][] = [];
    doc.on('update', (update: Uint8Array) =>
      records.push({ documentName: name, seq: startSeq + records.length, update, userId: records.length % 2 ? 'u1' : null }),
    );
    for (let i = 0; i < lines; i++) doc.getText('t').insert(doc.getText('t').length, `line ${i}\n`);
    return { doc, records };
  }

  it('round-trips an update log: what is appended loads back in order and rebuilds the same document', async () => {
    const { doc, records } = typeInto('store/roundtrip', 30);
    await store.appendUpdates(records.slice(0, 10));
    await store.appendUpdates(records.slice(10));

    const stored = await store.load('store/roundtrip');
    expect(stored.checkpoint).toBeNull();
    expect(stored.updates.map((u) => u.seq)).toEqual(records.map((r) => r.seq));
    expect(lastSequence(stored)).toBe(30);
    expect(rebuild(stored).getText('t').toString()).toBe(doc.getText('t').toString());
    expect(stored.updates[0]!.update).toBeInstanceOf(Uint8Array);
  });

  it('loads the newest checkpoint plus only the updates after it, keeping one checkpoint and the whole log', async () => {
    const { doc, records } = typeInto('store/checkpointed', 40);
    await store.appendUpdates(records);
    const atTwenty = new Y.Doc();
    for (const r of records.slice(0, 20)) Y.applyUpdate(atTwenty, r.update);
    await store.writeCheckpoint('store/checkpointed', { state: Y.encodeStateAsUpdate(atTwenty), upToSeq: 20 });
    const atThirty = new Y.Doc();
    for (const r of records.slice(0, 30)) Y.applyUpdate(atThirty, r.update);
    await store.writeCheckpoint('store/checkpointed', { state: Y.encodeStateAsUpdate(atThirty), upToSeq: 30 });

    const stored = await store.load('store/checkpointed');
    expect(stored.checkpoint?.upToSeq).toBe(30);
    expect(stored.updates.map((u) => u.seq)).toEqual([31, 32, 33, 34, 35, 36, 37, 38, 39, 40]);
    expect(rebuild(stored).getText('t').toString()).toBe(doc.getText('t').toString());

    const checkpoints = await handle.db.selectFrom('document_checkpoints').select('up_to_seq').execute();
    expect(checkpoints.map((c) => c.up_to_seq)).toEqual([30]);
    const log = await handle.db.selectFrom('document_updates').select(['seq', 'user_id']).orderBy('seq').execute();
    expect(log).toHaveLength(40);
    expect(log[1]!.user_id).toBe('u1');
  });

  it('stores a batch atomically: a batch with a duplicate sequence stores none of its rows', async () => {
    const { records } = typeInto('store/atomic', 5);
    await store.appendUpdates(records.slice(0, 2));
    await expect(store.appendUpdates(records.slice(1))).rejects.toThrow();
    const stored = await store.load('store/atomic');
    expect(stored.updates.map((u) => u.seq)).toEqual([1, 2]);
  });

  it('keeps documents apart', async () => {
    await store.appendUpdates(typeInto('store/a', 3).records);
    await store.appendUpdates(typeInto('store/b', 5).records);
    expect((await store.load('store/a')).updates).toHaveLength(3);
    expect((await store.load('store/b')).updates).toHaveLength(5);
    expect((await store.load('store/none')).updates).toHaveLength(0);
  });
});

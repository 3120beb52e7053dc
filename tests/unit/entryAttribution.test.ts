import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ContributorsCache, type UpdateLogReader } from '../../server/attribution/contributorsCache.ts';
import { EntryAttribution, type LoggedUpdate } from '../../server/attribution/entryAttribution.ts';
import { addIndicator, addOutcome, deleteOutcome, findIndicator, indicatorText, outcomeText } from '../../shared/outcomes/outcomeDoc.ts';

/** A document whose every transaction is logged as one row, like the server's update log. */
function loggedDoc() {
  const doc = new Y.Doc();
  const log: LoggedUpdate[] = [];
  let as: string | null = null;
  doc.on('update', (update: Uint8Array) => {
    log.push({ seq: log.length + 1, update, userId: as, createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, log.length)).toISOString() });
  });
  return {
    doc,
    log,
    as<T>(userId: string | null, edit: () => T): T {
      as = userId;
      return edit();
    },
  };
}

const summary = (attribution: EntryAttribution) =>
  Object.fromEntries([...attribution.snapshot()].map(([key, people]) => [key, Object.fromEntries([...people].map(([id, c]) => [id, c.changes]))]));

describe('EntryAttribution', () => {
  it('attributes nested text, indicator and deletion changes to the outcome they lie in', () => {
    const { doc, log, as } = loggedDoc();
    const a = as('ann', () => addOutcome(doc, { statement: 'First' }));
    const b = as('ann', () => addOutcome(doc, { statement: 'Second' }));
    as('bob', () => outcomeText(doc, a, 'statement').insert(0, 'Very '));
    const indicator = as('bob', () => addIndicator(doc, b, { measure: 'Hours' }));
    as('cat', () => indicatorText(doc, b, indicator, 'target')!.insert(0, '10'));
    as('cat', () => findIndicator(doc, b, indicator)!.set('frequency', 'monthly'));
    as(null, () => outcomeText(doc, a, 'note').insert(0, 'server-written'));
    as('dan', () => deleteOutcome(doc, a));
    doc.getMap('other').set('x', 1);

    const attribution = new EntryAttribution('outcomes');
    attribution.replay(log);
    expect(summary(attribution)).toEqual({ [a]: { ann: 1, bob: 1, dan: 1 }, [b]: { ann: 1, bob: 1, cat: 2 } });
    expect(attribution.snapshot().get(b)!.get('cat')).toEqual({ firstAt: log[4]!.createdAt, lastAt: log[5]!.createdAt, changes: 2 });
  });

  it('replays incrementally and ignores rows it has seen', () => {
    const { doc, log, as } = loggedDoc();
    const a = as('ann', () => addOutcome(doc));
    const attribution = new EntryAttribution('outcomes');
    attribution.replay(log);
    as('bob', () => outcomeText(doc, a, 'statement').insert(0, 'x'));
    attribution.replay(log);
    expect(attribution.lastSeq).toBe(2);
    expect(summary(attribution)).toEqual({ [a]: { ann: 1, bob: 1 } });
  });
});

describe('ContributorsCache', () => {
  function readerOver(log: LoggedUpdate[]) {
    const reads: Array<{ afterSeq: number; rows: number }> = [];
    const read: UpdateLogReader = async (_room, afterSeq, limit) => {
      await new Promise((r) => setTimeout(r, 1));
      const rows = log.filter((r) => r.seq > afterSeq).slice(0, limit);
      reads.push({ afterSeq, rows: rows.length });
      return rows;
    };
    return { read, reads };
  }

  it('reads only rows stored since the last request, in pages', async () => {
    const { doc, log, as } = loggedDoc();
    const a = as('ann', () => addOutcome(doc));
    for (let i = 0; i < 4; i++) as('bob', () => outcomeText(doc, a, 'statement').insert(0, 'x'));
    const { read, reads } = readerOver(log);
    const cache = new ContributorsCache(read, { pageSize: 2 });
    expect((await cache.contributorsOf('room', 'outcomes')).get(a)!.get('bob')!.changes).toBe(4);
    expect(reads).toEqual([{ afterSeq: 0, rows: 2 }, { afterSeq: 2, rows: 2 }, { afterSeq: 4, rows: 1 }]);

    reads.length = 0;
    as('cat', () => outcomeText(doc, a, 'note').insert(0, 'y'));
    expect((await cache.contributorsOf('room', 'outcomes')).get(a)!.get('cat')!.changes).toBe(1);
    expect(reads).toEqual([{ afterSeq: 5, rows: 1 }]);
  });

  it('never counts a row twice when requests overlap', async () => {
    const { doc, log, as } = loggedDoc();
    const a = as('ann', () => addOutcome(doc));
    for (let i = 0; i < 9; i++) as('ann', () => outcomeText(doc, a, 'statement').insert(0, 'x'));
    const cache = new ContributorsCache(readerOver(log).read, { pageSize: 3 });
    const answers = await Promise.all([1, 2, 3].map(() => cache.contributorsOf('room', 'outcomes')));
    for (const answer of answers) expect(answer.get(a)!.get('ann')!.changes).toBe(10);
  });

  it('keeps at most `capacity` rooms, dropping the least recently asked for', async () => {
    const { doc, log, as } = loggedDoc();
    as('ann', () => addOutcome(doc));
    const { read, reads } = readerOver(log);
    const cache = new ContributorsCache(read, { capacity: 2 });
    await cache.contributorsOf('one', 'outcomes');
    await cache.contributorsOf('two', 'outcomes');
    await cache.contributorsOf('one', 'outcomes');
    await cache.contributorsOf('three', 'outcomes');
    expect(cache.size).toBe(2);
    reads.length = 0;
    await cache.contributorsOf('one', 'outcomes');
    await cache.contributorsOf('two', 'outcomes');
    // 'one' was kept (asked for again before 'three' came); 'two' replays from the start.
    expect(reads.map((r) => r.afterSeq)).toEqual([1, 0]);
  });

  it('starts afresh after a read fails', async () => {
    const { doc, log, as } = loggedDoc();
    const a = as('ann', () => addOutcome(doc));
    let fail = true;
    const { read } = readerOver(log);
    const cache = new ContributorsCache(async (...args) => {
      if (fail) throw new Error('database unavailable');
      return read(...args);
    });
    await expect(cache.contributorsOf('room', 'outcomes')).rejects.toThrow('database unavailable');
    fail = false;
    expect((await cache.contributorsOf('room', 'outcomes')).get(a)!.get('ann')!.changes).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addOutcome, readFramework, setStatus } from '../../shared/outcomes/outcomeDoc.ts';
import { matchesSearch, outcomeRefLabel, referableOutcomes, type FrameworkState } from '../../client/specifications/outcomeRefs/outcomeRefLabel.ts';

function framework() {
  const doc = new Y.Doc();
  const first = addOutcome(doc, { statement: '  I choose when my visits happen ' });
  const second = addOutcome(doc, { statement: 'I feel safe at home' });
  const third = addOutcome(doc, { statement: '' });
  setStatus(doc, second, 'retired');
  const state: FrameworkState = { phase: 'ready', outcomes: readFramework(doc) };
  return { first, second, third, state };
}

describe('outcome reference labels', () => {
  it('reads the statement now, numbered in the framework’s order, and says when it is retired or deleted', () => {
    const { first, second, third, state } = framework();
    expect(outcomeRefLabel(state, first)).toEqual({ kind: 'live', number: 1, statement: 'I choose when my visits happen' });
    expect(outcomeRefLabel(state, second)).toEqual({ kind: 'retired', number: 2, statement: 'I feel safe at home' });
    expect(outcomeRefLabel(state, third)).toEqual({ kind: 'live', number: 3, statement: '' });
    expect(outcomeRefLabel(state, 'gone')).toEqual({ kind: 'deleted' });
  });

  it('treats a missing or non-string id (raw Yjs content) as a deleted outcome, never a match', () => {
    const { state } = framework();
    for (const id of [null, undefined, '', 42, { id: 'x' }]) expect(outcomeRefLabel(state, id)).toEqual({ kind: 'deleted' });
  });

  it('says nothing of the outcome while the framework loads or when the reader may not see it', () => {
    const { first } = framework();
    expect(outcomeRefLabel({ phase: 'loading' }, first)).toEqual({ kind: 'loading' });
    expect(outcomeRefLabel({ phase: 'unavailable' }, first)).toEqual({ kind: 'unavailable' });
  });

  it('offers only outcomes that are not retired, keeping their numbers, and finds them by number or words', () => {
    const { state } = framework();
    const offered = referableOutcomes(state);
    expect(offered.map((entry) => entry.number)).toEqual([1, 3]);
    expect(offered.filter((entry) => matchesSearch(entry, 'VISITS')).map((entry) => entry.number)).toEqual([1]);
    expect(offered.filter((entry) => matchesSearch(entry, ' 3 ')).map((entry) => entry.number)).toEqual([3]);
    expect(offered.filter((entry) => matchesSearch(entry, '')).length).toBe(2);
    expect(referableOutcomes({ phase: 'unavailable' })).toEqual([]);
  });
});

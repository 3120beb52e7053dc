import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addExampleOutcomes, addIndicator, addOutcome, deleteOutcome, duplicateOutcome, findOutcome, indicatorText, moveOutcome, outcomesMap,
  outcomeText, readFramework, removeIndicator, setIndicatorFrequency, setLevel, setPaymentShare, setStatus, toggleInSet,
  type NewOutcome, type OutcomeValues,
} from '../../shared/outcomes/outcomeDoc.ts';
import { exampleOutcomes } from '../../shared/outcomes/examples.ts';

/** Exchanges everything each doc has that the other lacks, both ways, as two browsers would. */
function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

const statements = (doc: Y.Doc) => readFramework(doc).map((o) => o.statement);
const ids = (doc: Y.Doc) => readFramework(doc).map((o) => o.id);

/** One framework of outcomes A..E, and a second person's copy of it. */
function twoPeople(): { a: Y.Doc; b: Y.Doc; id: Record<string, string> } {
  const a = new Y.Doc();
  const id: Record<string, string> = {};
  for (const s of ['A', 'B', 'C', 'D', 'E']) id[s] = addOutcome(a, { statement: s });
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return { a, b, id };
}

function expectAgreeingWithEveryOutcomeOnce(a: Y.Doc, b: Y.Doc, expected: string[]): void {
  expect(ids(a)).toEqual(ids(b));
  expect(statements(a)).toEqual(statements(b));
  expect([...statements(a)].sort()).toEqual([...expected].sort());
}

describe('outcome framework document', () => {
  it('reads back every field an outcome was added with', () => {
    const doc = new Y.Doc();
    const values: NewOutcome = {
      statement: 'I feel safe at home', note: 'Said at the Tuesday workshop', level: 'population',
      zones: ['south', 'north'], aspects: ['protection', 'accommodation'],
      indicators: [{ measure: 'People who feel safe', baseline: '70%', target: '90%', source: 'Survey', reporter: 'Provider', frequency: 'quarterly' }],
      inputs: 'Two visits a day', outputs: 'Visits made', paymentShare: 40, evidence: 'Survey answers',
      whenNotMet: 'Review the care plan', status: 'agreed',
    };
    const id = addOutcome(doc, values);
    const [read] = readFramework(doc);
    expect(read).toMatchObject({ ...values, id, zones: ['north', 'south'], aspects: ['accommodation', 'protection'] });
    expect(read!.indicators[0]!.id).toMatch(/^[0-9a-f]{24}$/);
    expect(read!.position).not.toBe('');
    expect(read!.createdAt).toBeGreaterThan(0);
  });

  it('gives an outcome added with nothing empty texts, no sets and the defaults', () => {
    const doc = new Y.Doc();
    addOutcome(doc);
    expect(readFramework(doc)[0]).toMatchObject({
      statement: '', note: '', inputs: '', outputs: '', evidence: '', whenNotMet: '',
      level: 'individual', status: 'proposed', zones: [], aspects: [], indicators: [], paymentShare: null,
    });
  });

  it('lists outcomes by position, whatever their ids', () => {
    const doc = new Y.Doc();
    for (const [id, statement] of [['zz', 'first'], ['aa', 'second'], ['mm', 'third']] as const) addOutcome(doc, { statement }, null, id);
    expect(statements(doc)).toEqual(['first', 'second', 'third']);
    const positions = readFramework(doc).map((o) => o.position);
    expect(positions).toEqual([...positions].sort());
  });

  it('adds an outcome right after the one given, or at the end', () => {
    const doc = new Y.Doc();
    const a = addOutcome(doc, { statement: 'A' });
    const c = addOutcome(doc, { statement: 'C' });
    addOutcome(doc, { statement: 'B' }, a);
    addOutcome(doc, { statement: 'D' }, c);
    addOutcome(doc, { statement: 'E' }, 'no-such-outcome');
    expect(statements(doc)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('puts a duplicate right after the original, proposed again, with the same texts and new ids', () => {
    const doc = new Y.Doc();
    const first = addOutcome(doc, { statement: 'First' });
    const original = addOutcome(doc, {
      statement: 'Original', note: 'n', aspects: ['health'], zones: ['north'], level: 'service', paymentShare: 25, status: 'agreed',
      indicators: [{ measure: 'm1', target: 't1', frequency: 'monthly' }, { measure: 'm2' }],
    });
    addOutcome(doc, { statement: 'Last' });
    const copy = duplicateOutcome(doc, original);

    expect(statements(doc)).toEqual(['First', 'Original', 'Original', 'Last']);
    expect(ids(doc).slice(0, 3)).toEqual([first, original, copy]);
    const [, from, to] = readFramework(doc);
    expect(to!.status).toBe('proposed');
    const strip = ({ id: _i, position: _p, createdAt: _c, status: _s, indicators, ...rest }: OutcomeValues) => ({
      ...rest, indicators: indicators.map(({ id: _id, ...indicator }) => indicator),
    });
    expect(strip(to!)).toEqual(strip(from!));
    expect(to!.id).not.toBe(from!.id);
    const fromIndicatorIds = new Set(from!.indicators.map((i) => i.id));
    expect(to!.indicators.some((i) => fromIndicatorIds.has(i.id))).toBe(false);

    // The copy has its own texts: typing in it leaves the original alone.
    outcomeText(doc, copy, 'statement').insert(8, ' (copy)');
    expect(statements(doc)).toEqual(['First', 'Original', 'Original (copy)', 'Last']);
  });

  it('keeps a duplicate next to its original when two outcomes were given one position at once', () => {
    // Two people pressing "add" at once give their outcomes the same key.
    const { a, b } = twoPeople();
    const x = addOutcome(a, { statement: 'X' }, null, 'x');
    addOutcome(b, { statement: 'Y' }, null, 'y');
    sync(a, b);
    addOutcome(a, { statement: 'Z' });
    addOutcome(a, { statement: 'V' }, 'y');
    expect(statements(a)).toEqual(['A', 'B', 'C', 'D', 'E', 'X', 'Y', 'V', 'Z']);
    duplicateOutcome(a, x);
    // Y shares X's key, so "right after" is after Y, never past V or tied with Z.
    expect(statements(a)).toEqual(['A', 'B', 'C', 'D', 'E', 'X', 'Y', 'X', 'V', 'Z']);
    // Dropping Z between X and Y (one key) puts it just after them, not back at the end.
    moveOutcome(a, ids(a).at(-1)!, 6);
    expect(statements(a)).toEqual(['A', 'B', 'C', 'D', 'E', 'X', 'Y', 'Z', 'X', 'V']);
  });

  it('deletes only the outcome asked for, and refuses to change one that is gone', () => {
    const doc = new Y.Doc();
    const a = addOutcome(doc, { statement: 'A' });
    const b = addOutcome(doc, { statement: 'B' });
    deleteOutcome(doc, a);
    expect(statements(doc)).toEqual(['B']);
    expect(findOutcome(doc, a)).toBeNull();
    expect(findOutcome(doc, b)).not.toBeNull();
    expect(() => setStatus(doc, a, 'agreed')).toThrow(`no outcome ${a}`);
    expect(() => duplicateOutcome(doc, a)).toThrow();
  });

  it('sets and clears status, level and payment share', () => {
    const doc = new Y.Doc();
    const id = addOutcome(doc);
    setStatus(doc, id, 'agreed');
    setLevel(doc, id, 'population');
    setPaymentShare(doc, id, 33.33);
    expect(readFramework(doc)[0]).toMatchObject({ status: 'agreed', level: 'population', paymentShare: 33.33 });
    setStatus(doc, id, 'retired');
    setPaymentShare(doc, id, null);
    expect(readFramework(doc)[0]).toMatchObject({ status: 'retired', paymentShare: null });
  });

  it('treats aspects and zones as sets: ticking twice counts once, unticking removes', () => {
    const doc = new Y.Doc();
    const id = addOutcome(doc, { aspects: ['health'] });
    toggleInSet(doc, id, 'aspects', 'control', true);
    toggleInSet(doc, id, 'aspects', 'control', true);
    toggleInSet(doc, id, 'aspects', 'health', false);
    toggleInSet(doc, id, 'aspects', 'work', false);
    toggleInSet(doc, id, 'zones', 'west', true);
    toggleInSet(doc, id, 'zones', 'east', true);
    expect(readFramework(doc)[0]).toMatchObject({ aspects: ['control'], zones: ['east', 'west'] });
  });

  it('adds, edits and removes indicators by id', () => {
    const doc = new Y.Doc();
    const id = addOutcome(doc, { indicators: [{ measure: 'kept' }] });
    const added = addIndicator(doc, id, { measure: 'Visits on time' });
    indicatorText(doc, id, added, 'target')!.insert(0, '95%');
    setIndicatorFrequency(doc, id, added, 'weekly');
    expect(readFramework(doc)[0]!.indicators[1]).toMatchObject({ id: added, measure: 'Visits on time', target: '95%', frequency: 'weekly' });
    expect(indicatorText(doc, id, 'missing', 'measure')).toBeNull();
    removeIndicator(doc, id, 'missing');
    removeIndicator(doc, id, added);
    expect(readFramework(doc)[0]!.indicators.map((i) => i.measure)).toEqual(['kept']);
  });
});

describe('moving an outcome', () => {
  const fiveInOrder = () => {
    const { a: doc, id } = twoPeople();
    return { doc, id };
  };

  it.each([
    ['to first', 'D', 0, ['D', 'A', 'B', 'C', 'E']],
    ['to last', 'B', 4, ['A', 'C', 'D', 'E', 'B']],
    ['to the middle, moving down', 'A', 2, ['B', 'C', 'A', 'D', 'E']],
    ['to the middle, moving up', 'E', 1, ['A', 'E', 'B', 'C', 'D']],
    ['to where it already is', 'C', 2, ['A', 'B', 'C', 'D', 'E']],
    ['before the start (clamped to first)', 'C', -3, ['C', 'A', 'B', 'D', 'E']],
    ['past the end (clamped to last)', 'A', 99, ['B', 'C', 'D', 'E', 'A']],
  ])('%s', (_name, which, index, expected) => {
    const { doc, id } = fiveInOrder();
    moveOutcome(doc, id[which]!, index);
    expect(statements(doc)).toEqual(expected);
  });

  it('keeps its place after many moves into the same gap', () => {
    const { doc, id } = fiveInOrder();
    for (let i = 0; i < 60; i++) moveOutcome(doc, id[i % 2 ? 'A' : 'E']!, 1);
    expect(statements(doc)).toEqual(['E', 'A', 'B', 'C', 'D']);
  });
});

describe('two people editing one framework at once', () => {
  it('two people reordering different outcomes keep every outcome exactly once', () => {
    const { a, b, id } = twoPeople();
    moveOutcome(a, id.A!, 4);
    moveOutcome(b, id.E!, 0);
    moveOutcome(b, id.C!, 0);
    sync(a, b);
    expectAgreeingWithEveryOutcomeOnce(a, b, ['A', 'B', 'C', 'D', 'E']);
    expect(statements(a).at(-1)).toBe('A');
  });

  it('two people moving the same outcome to different places keep it exactly once', () => {
    const { a, b, id } = twoPeople();
    moveOutcome(a, id.B!, 0);
    moveOutcome(b, id.B!, 4);
    sync(a, b);
    expectAgreeingWithEveryOutcomeOnce(a, b, ['A', 'B', 'C', 'D', 'E']);
    expect(['B,A,C,D,E', 'A,C,D,E,B']).toContain(statements(a).join());
  });

  it('two people moving different outcomes into the same gap keep both', () => {
    const { a, b, id } = twoPeople();
    moveOutcome(a, id.D!, 0);
    moveOutcome(b, id.E!, 0);
    sync(a, b);
    expectAgreeingWithEveryOutcomeOnce(a, b, ['A', 'B', 'C', 'D', 'E']);
    expect(statements(a).slice(0, 2).sort()).toEqual(['D', 'E']);
  });

  it('two people ticking different aspects at once both count', () => {
    const { a, b, id } = twoPeople();
    toggleInSet(a, id.A!, 'aspects', 'health', true);
    toggleInSet(b, id.A!, 'aspects', 'control', true);
    toggleInSet(a, id.A!, 'zones', 'north', true);
    toggleInSet(b, id.A!, 'zones', 'south', true);
    sync(a, b);
    for (const doc of [a, b]) expect(readFramework(doc)[0]).toMatchObject({ aspects: ['control', 'health'], zones: ['north', 'south'] });
  });

  it('concurrent typing into the same statement keeps both people’s words', () => {
    const { a, b, id } = twoPeople();
    outcomeText(a, id.A!, 'statement').insert(0, 'Plan ');
    outcomeText(b, id.A!, 'statement').insert(1, ' agreed');
    sync(a, b);
    expect(statements(a)[0]).toBe('Plan A agreed');
    expect(statements(b)[0]).toBe('Plan A agreed');
  });

  it('two people starting from examples at once get one copy of each example, not two', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const examples = exampleOutcomes('hybrid', 'en');
    addExampleOutcomes(a, examples);
    addExampleOutcomes(b, examples);
    sync(a, b);
    expect(statements(a)).toEqual(examples.map((e) => e.statement));
    expect(ids(a)).toEqual(ids(b));
    expect(outcomesMap(a).size).toBe(examples.length);
  });

  it('two people adding an indicator to one outcome at once keep both', () => {
    const { a, b, id } = twoPeople();
    const fromA = addIndicator(a, id.A!, { measure: 'from A' });
    const fromB = addIndicator(b, id.A!, { measure: 'from B' });
    sync(a, b);
    for (const doc of [a, b]) {
      const indicators = readFramework(doc)[0]!.indicators;
      expect(indicators.map((i) => i.id).sort()).toEqual([fromA, fromB].sort());
      expect(indicators.map((i) => i.measure).sort()).toEqual(['from A', 'from B']);
    }
  });

  it('a move at the same time as a delete of the same outcome leaves it deleted on both sides', () => {
    const { a, b, id } = twoPeople();
    moveOutcome(a, id.C!, 0);
    deleteOutcome(b, id.C!);
    sync(a, b);
    expectAgreeingWithEveryOutcomeOnce(a, b, ['A', 'B', 'D', 'E']);
    expect(statements(a)).toEqual(['A', 'B', 'D', 'E']);
  });

  it('many random edits by three people converge with every outcome exactly once', () => {
    let seed = 42; // mulberry32: the same run every time
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    for (let round = 0; round < 300; round++) {
      const doc = docs[Math.floor(random() * docs.length)]!;
      const present = ids(doc);
      const pick = present[Math.floor(random() * present.length)];
      const op = random();
      if (!pick || op < 0.3) addOutcome(doc, { statement: `o${round}` }, random() < 0.5 ? (pick ?? null) : null);
      else if (op < 0.75) moveOutcome(doc, pick, Math.floor(random() * (present.length + 2)) - 1);
      else if (op < 0.85) duplicateOutcome(doc, pick);
      else deleteOutcome(doc, pick);
      if (random() < 0.2) sync(docs[0]!, docs[Math.floor(random() * 2) + 1]!);
    }
    sync(docs[0]!, docs[1]!);
    sync(docs[0]!, docs[2]!);
    sync(docs[0]!, docs[1]!);
    const [first, ...rest] = docs.map(ids);
    for (const other of rest) expect(other).toEqual(first);
    expect(new Set(first).size).toBe(first!.length);
    expect(first!.length).toBe(outcomesMap(docs[0]!).size);
  });
});

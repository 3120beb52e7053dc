import * as Y from 'yjs';
import { generateKeyBetween } from 'fractional-indexing';
import { LANGUAGE_CHANGED, readStamps, type LanguageStamps } from '../bilingual/languageMarker.ts';
import {
  INDICATOR_TEXT_FIELDS,
  OUTCOME_TEXT_FIELDS,
  type CollectionFrequency,
  type IndicatorTextField,
  type OutcomeLevel,
  type OutcomeStatus,
  type OutcomeTextField,
  type WellBeingAspect,
} from './vocabulary.ts';

/**
 * The outcome framework as one Yjs document (one per workspace).
 *
 * Layout: the root map `outcomes` holds one Y.Map per outcome, keyed by id.
 * Order is a fractional `position` key, not an array index, so two people
 * reordering at once never duplicate or lose an outcome. Every free-text
 * field is a Y.Text (character-level merging, live carets); sets (well-being
 * aspects, zones) are Y.Maps of `true`, so two people ticking different boxes
 * at once both count; single choices (level, status) are last-writer-wins.
 */
export const OUTCOMES_ROOT = 'outcomes';

export type YOutcome = Y.Map<unknown>;
export type YIndicator = Y.Map<unknown>;

export interface IndicatorValues {
  id: string;
  measure: string;
  baseline: string;
  target: string;
  source: string;
  reporter: string;
  frequency: CollectionFrequency;
}

export interface OutcomeValues {
  id: string;
  statement: string;
  /** The Welsh statement; empty in outcomes from before there was one. */
  statementCy: string;
  /** When each language of the statement last changed (see shared/bilingual). */
  languageStamps: LanguageStamps;
  note: string;
  level: OutcomeLevel;
  zones: string[];
  aspects: WellBeingAspect[];
  indicators: IndicatorValues[];
  inputs: string;
  outputs: string;
  /** Model 2: percentage of the outcome-linked payment tied to this outcome. */
  paymentShare: number | null;
  evidence: string;
  whenNotMet: string;
  status: OutcomeStatus;
  position: string;
  createdAt: number;
}

export type NewOutcome = Partial<Omit<OutcomeValues, 'id' | 'position' | 'createdAt' | 'indicators' | 'languageStamps'>> & {
  indicators?: Partial<Omit<IndicatorValues, 'id'>>[];
};

/** Random ids from getRandomValues: randomUUID needs a secure context, and workshop laptops may use plain http. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function outcomesMap(doc: Y.Doc): Y.Map<YOutcome> {
  return doc.getMap<YOutcome>(OUTCOMES_ROOT);
}

export function findOutcome(doc: Y.Doc, id: string): YOutcome | null {
  return outcomesMap(doc).get(id) ?? null;
}

function requireOutcome(doc: Y.Doc, id: string): YOutcome {
  const outcome = findOutcome(doc, id);
  if (!outcome) throw new Error(`no outcome ${id}`);
  return outcome;
}

const textOf = (value: unknown) => (value instanceof Y.Text ? value.toString() : '');
const keysOf = (value: unknown) => (value instanceof Y.Map ? [...value.keys()].filter((k) => value.get(k) === true).sort() : []);

function readIndicator(indicator: YIndicator): IndicatorValues {
  return {
    id: String(indicator.get('id')),
    measure: textOf(indicator.get('measure')),
    baseline: textOf(indicator.get('baseline')),
    target: textOf(indicator.get('target')),
    source: textOf(indicator.get('source')),
    reporter: textOf(indicator.get('reporter')),
    frequency: (indicator.get('frequency') as CollectionFrequency | undefined) ?? '',
  };
}

export function indicatorsOf(outcome: YOutcome): Y.Array<YIndicator> {
  return outcome.get('indicators') as Y.Array<YIndicator>;
}

export function readOutcome(outcome: YOutcome): OutcomeValues {
  const share = outcome.get('paymentShare');
  return {
    id: String(outcome.get('id')),
    statement: textOf(outcome.get('statement')),
    statementCy: textOf(outcome.get('statementCy')),
    languageStamps: readStamps(outcome.get(LANGUAGE_CHANGED)),
    note: textOf(outcome.get('note')),
    level: (outcome.get('level') as OutcomeLevel | undefined) ?? 'individual',
    zones: keysOf(outcome.get('zones')),
    aspects: keysOf(outcome.get('aspects')) as WellBeingAspect[],
    indicators: indicatorsOf(outcome).map(readIndicator),
    inputs: textOf(outcome.get('inputs')),
    outputs: textOf(outcome.get('outputs')),
    paymentShare: typeof share === 'number' ? share : null,
    evidence: textOf(outcome.get('evidence')),
    whenNotMet: textOf(outcome.get('whenNotMet')),
    status: (outcome.get('status') as OutcomeStatus | undefined) ?? 'proposed',
    position: String(outcome.get('position') ?? ''),
    createdAt: Number(outcome.get('createdAt') ?? 0),
  };
}

const byPosition = (a: { position: string; id: string }, b: { position: string; id: string }) =>
  a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Every outcome, in the framework's order. */
export function readFramework(doc: Y.Doc): OutcomeValues[] {
  return [...outcomesMap(doc).values()].map(readOutcome).sort(byPosition);
}

function newText(value = ''): Y.Text {
  const text = new Y.Text();
  if (value) text.insert(0, value);
  return text;
}

function newSet(keys: readonly string[] = []): Y.Map<boolean> {
  const set = new Y.Map<boolean>();
  for (const key of keys) set.set(key, true);
  return set;
}

function buildIndicator(values: Partial<Omit<IndicatorValues, 'id'>> = {}): YIndicator {
  const indicator = new Y.Map<unknown>();
  indicator.set('id', newId());
  for (const field of INDICATOR_TEXT_FIELDS) indicator.set(field, newText(values[field]));
  indicator.set('frequency', values.frequency ?? '');
  return indicator;
}

/** The position key for a new outcome placed after `afterId` (or at the end). */
function positionAfter(doc: Y.Doc, afterId: string | null): string {
  const ordered = readFramework(doc);
  if (ordered.length === 0) return generateKeyBetween(null, null);
  const index = afterId === null ? ordered.length - 1 : ordered.findIndex((o) => o.id === afterId);
  const before = ordered[index] ?? ordered.at(-1)!;
  const next = nextDistinct(ordered, index + 1, before.position);
  return keyBetween(before.position, next);
}

/**
 * The first key from `start` on that sorts after `key`. Concurrent inserts can
 * give several outcomes one key; the gap to aim for is the one after all of them,
 * or an open-ended key would jump past everything up to the next whole key.
 */
function nextDistinct(ordered: readonly { position: string }[], start: number, key: string | null): string | null {
  return ordered.slice(Math.max(0, start)).find((o) => key === null || o.position > key)?.position ?? null;
}

/** Concurrent inserts can give two outcomes one key; a key between equal keys falls back to after it. */
function keyBetween(a: string | null, b: string | null): string {
  if (a !== null && b !== null && a >= b) return generateKeyBetween(a, null);
  return generateKeyBetween(a, b);
}

/** Adds an outcome (at the end, or after `afterId`) and returns its id. */
export function addOutcome(doc: Y.Doc, values: NewOutcome = {}, afterId: string | null = null, id = newId()): string {
  doc.transact(() => {
    const outcome = new Y.Map<unknown>();
    outcome.set('id', id);
    for (const field of OUTCOME_TEXT_FIELDS) outcome.set(field, newText(values[field]));
    outcome.set('level', values.level ?? 'individual');
    outcome.set('zones', newSet(values.zones));
    outcome.set('aspects', newSet(values.aspects));
    const indicators = new Y.Array<YIndicator>();
    indicators.push((values.indicators ?? []).map(buildIndicator));
    outcome.set('indicators', indicators);
    outcome.set('paymentShare', values.paymentShare ?? null);
    outcome.set('status', values.status ?? 'proposed');
    outcome.set('position', positionAfter(doc, afterId));
    outcome.set('createdAt', Date.now());
    outcome.set(LANGUAGE_CHANGED, new Y.Map<unknown>());
    outcomesMap(doc).set(id, outcome);
  });
  return id;
}

/**
 * Fills an empty framework with starting points. Their ids are fixed, so when
 * two people press "start from examples" at once the same entries are written
 * twice (one wins per id) instead of the framework holding two copies.
 */
export function addExampleOutcomes(doc: Y.Doc, examples: readonly NewOutcome[]): void {
  doc.transact(() => examples.forEach((values, index) => addOutcome(doc, values, null, `example-${index + 1}`)));
}

/** A copy placed right after the original, proposed again: a starting point, not an agreement. */
export function duplicateOutcome(doc: Y.Doc, id: string): string {
  const { id: _id, position: _p, createdAt: _c, languageStamps: _l, indicators, ...values } = readOutcome(requireOutcome(doc, id));
  return addOutcome(doc, { ...values, status: 'proposed', indicators: indicators.map(({ id: _i, ...rest }) => rest) }, id);
}

export function deleteOutcome(doc: Y.Doc, id: string): void {
  doc.transact(() => outcomesMap(doc).delete(id));
}

export function setStatus(doc: Y.Doc, id: string, status: OutcomeStatus): void {
  doc.transact(() => requireOutcome(doc, id).set('status', status));
}

export function setLevel(doc: Y.Doc, id: string, level: OutcomeLevel): void {
  doc.transact(() => requireOutcome(doc, id).set('level', level));
}

export function setPaymentShare(doc: Y.Doc, id: string, share: number | null): void {
  doc.transact(() => requireOutcome(doc, id).set('paymentShare', share));
}

/** Ticks or unticks one member of a set field (aspects, zones). */
export function toggleInSet(doc: Y.Doc, id: string, field: 'aspects' | 'zones', key: string, on: boolean): void {
  doc.transact(() => {
    const set = requireOutcome(doc, id).get(field) as Y.Map<boolean>;
    if (on) set.set(key, true);
    else set.delete(key);
  });
}

/** Moves an outcome to `index` in the order of the others (0 = first). */
export function moveOutcome(doc: Y.Doc, id: string, index: number): void {
  const others = readFramework(doc).filter((o) => o.id !== id);
  const clamped = Math.max(0, Math.min(index, others.length));
  const before = others[clamped - 1]?.position ?? null;
  const after = nextDistinct(others, clamped, before);
  doc.transact(() => requireOutcome(doc, id).set('position', keyBetween(before, after)));
}

export function outcomeText(doc: Y.Doc, id: string, field: OutcomeTextField): Y.Text {
  return requireOutcome(doc, id).get(field) as Y.Text;
}

export function findIndicator(doc: Y.Doc, outcomeId: string, indicatorId: string): YIndicator | null {
  return indicatorsOf(requireOutcome(doc, outcomeId)).toArray().find((i) => i.get('id') === indicatorId) ?? null;
}

export function addIndicator(doc: Y.Doc, outcomeId: string, values: Partial<Omit<IndicatorValues, 'id'>> = {}): string {
  const indicator = buildIndicator(values);
  doc.transact(() => indicatorsOf(requireOutcome(doc, outcomeId)).push([indicator]));
  return String(indicator.get('id'));
}

export function removeIndicator(doc: Y.Doc, outcomeId: string, indicatorId: string): void {
  doc.transact(() => {
    const indicators = indicatorsOf(requireOutcome(doc, outcomeId));
    const index = indicators.toArray().findIndex((i) => i.get('id') === indicatorId);
    if (index >= 0) indicators.delete(index, 1);
  });
}

export function setIndicatorFrequency(doc: Y.Doc, outcomeId: string, indicatorId: string, frequency: CollectionFrequency): void {
  doc.transact(() => findIndicator(doc, outcomeId, indicatorId)?.set('frequency', frequency));
}

export function indicatorText(doc: Y.Doc, outcomeId: string, indicatorId: string, field: IndicatorTextField): Y.Text | null {
  return (findIndicator(doc, outcomeId, indicatorId)?.get(field) as Y.Text | undefined) ?? null;
}

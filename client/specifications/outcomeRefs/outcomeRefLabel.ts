import type { OutcomeValues } from '../../../shared/outcomes/outcomeDoc.ts';

/**
 * What the specification can know of the workspace's framework:
 * - unavailable: the reader may not see it (or the server refused the room),
 *   so a reference shows only that it is one, never the outcome's words;
 * - loading: not synced yet. Until then every id would look deleted, so a
 *   reference says nothing rather than "deleted outcome" for a moment;
 * - ready: the framework as it is now, in its own order.
 */
export type FrameworkState = { phase: 'unavailable' } | { phase: 'loading' } | { phase: 'ready'; outcomes: readonly OutcomeValues[] };

export type OutcomeRefLabel =
  | { kind: 'unavailable' }
  | { kind: 'loading' }
  | { kind: 'deleted' }
  | { kind: 'live' | 'retired'; number: number; statement: string };

/** How one reference reads now. Numbers follow the framework's order, as on the outcomes page. */
export function outcomeRefLabel(framework: FrameworkState, outcomeId: unknown): OutcomeRefLabel {
  if (framework.phase !== 'ready') return { kind: framework.phase };
  // Raw Yjs content may hold any attribute value: only a string can name an outcome.
  const index = typeof outcomeId === 'string' && outcomeId ? framework.outcomes.findIndex((o) => o.id === outcomeId) : -1;
  const outcome = framework.outcomes[index];
  if (!outcome) return { kind: 'deleted' };
  return { kind: outcome.status === 'retired' ? 'retired' : 'live', number: index + 1, statement: outcome.statement.trim() };
}

/** The outcomes a new reference may point to: not retired, numbered as in the framework. */
export function referableOutcomes(framework: FrameworkState): Array<{ outcome: OutcomeValues; number: number }> {
  if (framework.phase !== 'ready') return [];
  return framework.outcomes.map((outcome, index) => ({ outcome, number: index + 1 })).filter(({ outcome }) => outcome.status !== 'retired');
}

/** Whether the picker's search text matches an outcome: by number ("2") or words of its statement, any case. */
export function matchesSearch(entry: { outcome: OutcomeValues; number: number }, search: string): boolean {
  const query = search.trim().toLocaleLowerCase();
  if (!query) return true;
  return String(entry.number) === query || entry.outcome.statement.toLocaleLowerCase().includes(query);
}

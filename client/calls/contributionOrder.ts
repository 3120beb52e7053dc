import type { CallView } from './callApi.ts';

export type SortOrder = 'newest' | 'supported';

export interface Filters {
  /** '' for every outcome. */
  outcomeId: string;
  /** '' for every zone. */
  zone: string;
  sort: SortOrder;
}

export const NO_FILTERS: Filters = { outcomeId: '', zone: '', sort: 'newest' };

/** The contributions that pass the filters, in the chosen order (ties: newest first). */
export function applyFilters(view: CallView, filters: Filters) {
  const shown = view.contributions.filter((c) => (!filters.outcomeId || c.outcomeId === filters.outcomeId) && (!filters.zone || c.zone === filters.zone));
  const newest = (a: { createdAt: string }, b: { createdAt: string }) => b.createdAt.localeCompare(a.createdAt);
  return shown.sort(filters.sort === 'supported' ? (a, b) => b.supports - a.supports || newest(a, b) : newest);
}

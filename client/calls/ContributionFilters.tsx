import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/fields.tsx';
import type { CallView } from './callApi.ts';

export type SortOrder = 'newest' | 'supported';

export interface Filters {
  outcomeId: string;
  zone: string;
  sort: SortOrder;
}

export const NO_FILTERS: Filters = { outcomeId: '', zone: '', sort: 'newest' };

/** Narrow the contributions to one outcome or zone, and order them newest or most supported first. */
export function ContributionFilters({ view, filters, onChange }: { view: CallView; filters: Filters; onChange(filters: Filters): void }) {
  const { t } = useTranslation();
  return (
    <div className="call-filters">
      <SelectField
        id="call-filter-outcome"
        label={t('calls.list.outcome')}
        options={[{ value: '', label: t('calls.list.allOutcomes') }, ...view.outcomes.map((o) => ({ value: o.id, label: o.statement }))]}
        value={filters.outcomeId}
        onChange={(outcomeId) => onChange({ ...filters, outcomeId })}
      />
      {view.call.zones.length > 0 ? (
        <SelectField
          id="call-filter-zone"
          label={t('calls.list.zone')}
          options={[{ value: '', label: t('calls.list.allZones') }, ...view.call.zones.map((z) => ({ value: z, label: z }))]}
          value={filters.zone}
          onChange={(zone) => onChange({ ...filters, zone })}
        />
      ) : null}
      <SelectField<SortOrder>
        id="call-sort"
        label={t('calls.list.sort')}
        options={[
          { value: 'newest', label: t('calls.list.newest') },
          { value: 'supported', label: t('calls.list.supported') },
        ]}
        value={filters.sort}
        onChange={(sort) => onChange({ ...filters, sort })}
      />
    </div>
  );
}

/** The contributions that pass the filters, in the chosen order (ties: newest first). */
export function applyFilters(view: CallView, filters: Filters) {
  const shown = view.contributions.filter((c) => (!filters.outcomeId || c.outcomeId === filters.outcomeId) && (!filters.zone || c.zone === filters.zone));
  const newest = (a: { createdAt: string }, b: { createdAt: string }) => b.createdAt.localeCompare(a.createdAt);
  return shown.sort(filters.sort === 'supported' ? (a, b) => b.supports - a.supports || newest(a, b) : newest);
}

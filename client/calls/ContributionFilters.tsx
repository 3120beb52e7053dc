import { useTranslation } from 'react-i18next';
import { statementIn } from '../bilingual/statementIn.ts';
import { SelectField } from '../ui/fields.tsx';
import type { CallView } from './callApi.ts';
import type { Filters, SortOrder } from './contributionOrder.ts';

/** Narrow the contributions to one outcome or zone, and order them newest or most supported first. */
export function ContributionFilters({ view, filters, onChange }: { view: CallView; filters: Filters; onChange(filters: Filters): void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="call-filters">
      <SelectField
        id="call-filter-outcome"
        label={t('calls.list.outcome')}
        options={[{ value: '', label: t('calls.list.allOutcomes') }, ...view.outcomes.map((o) => ({ value: o.id, label: statementIn(o, i18n.language)?.text ?? '' }))]}
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

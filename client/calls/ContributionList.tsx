import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statementIn } from '../bilingual/statementIn.ts';
import type { Abilities } from './abilities.ts';
import type { CallView, Contribution } from './callApi.ts';
import { ContributionFilters } from './ContributionFilters.tsx';
import { applyFilters, NO_FILTERS, type Filters } from './contributionOrder.ts';
import { ContributionItem } from './ContributionItem.tsx';

interface Props {
  view: CallView;
  can: Abilities;
  onChanged(contribution: Contribution): void;
}

/** The contributions the viewer may see, grouped by the outcome they are about, filtered and ordered. */
export function ContributionList({ view, can, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const shown = applyFilters(view, filters);
  const known = new Set(view.outcomes.map((o) => o.id));
  const groups = [
    ...view.outcomes.filter((o) => !filters.outcomeId || o.id === filters.outcomeId).map((o) => ({ id: o.id, heading: t('calls.list.outcomeHeading', { statement: statementIn(o, i18n.language)?.text ?? '' }) })),
    // An outcome taken out of the framework since: its contributions still show, under their own heading.
    ...(shown.some((c) => !known.has(c.outcomeId)) ? [{ id: '', heading: t('calls.list.otherOutcome') }] : []),
  ];

  return (
    <section className="call-contributions" aria-labelledby="contributions-heading">
      <h2 id="contributions-heading">{t('calls.list.heading')}</h2>
      {view.contributions.length === 0 ? (
        <p>{t('calls.list.none')}</p>
      ) : (
        <>
          <ContributionFilters view={view} filters={filters} onChange={setFilters} />
          <p className="call-filters__count">{t('calls.list.showing', { shown: shown.length, total: view.contributions.length })}</p>
          {groups.map((group) => {
            const items = shown.filter((c) => (group.id ? c.outcomeId === group.id : !known.has(c.outcomeId)));
            return (
              <section key={group.id || 'other'} className="call-group" aria-labelledby={`group-${group.id || 'other'}`}>
                <h3 id={`group-${group.id || 'other'}`}>{group.heading}</h3>
                {items.length === 0 ? (
                  <p className="call-group__empty">{t('calls.list.noneHere')}</p>
                ) : (
                  <ul className="call-group__items">
                    {items.map((contribution) => (
                      <li key={contribution.id}>
                        <ContributionItem contribution={contribution} view={view} can={can} onChanged={onChanged} />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}

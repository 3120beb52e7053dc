import { useTranslation } from 'react-i18next';
import { fieldLabel, fieldValue } from './fieldWords.ts';
import type { VersionContent } from './historyApi.ts';

type Outcome = Record<string, unknown>;

/** The fields shown under each statement, in the order the framework's cards show them. */
const FIELDS = ['statementCy', 'note', 'level', 'status', 'aspects', 'zones', 'indicators', 'inputs', 'outputs', 'paymentShare', 'evidence', 'whenNotMet'];

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && Object.keys(value).length === 0);

/** An outcome framework as it was: each outcome's statement, then its fields that hold something. */
export function OutcomesVersion({ content }: { content: VersionContent }) {
  const { t } = useTranslation();
  const outcomes = Object.values((content.outcomes ?? {}) as Record<string, Outcome>).sort((a, b) => String(a.position ?? '').localeCompare(String(b.position ?? '')));
  if (outcomes.length === 0) return <p>{t('history.view.empty')}</p>;
  return (
    <ol className="version-outcomes">
      {outcomes.map((outcome, index) => (
        <li key={String(outcome.id ?? index)}>
          <h3>{t('history.view.outcome', { number: index + 1, statement: String(outcome.statement || t('outcomes.card.noStatement')) })}</h3>
          <dl className="version-facts">
            {FIELDS.filter((field) => !isEmpty(outcome[field])).map((field) => (
              <div key={field}>
                <dt>{fieldLabel(t, 'outcome', field)}</dt>
                <dd>{fieldValue(t, 'outcome', field, outcome[field])}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}

import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { indicatorText, removeIndicator, setIndicatorFrequency, type IndicatorValues } from '../../shared/outcomes/outcomeDoc.ts';
import { COLLECTION_FREQUENCIES, INDICATOR_TEXT_FIELDS, type CollectionFrequency } from '../../shared/outcomes/vocabulary.ts';
import { SelectField } from '../ui/fields.tsx';
import { CollabTextField } from './CollabTextField.tsx';
import type { Participant } from './usePresence.ts';

interface IndicatorFieldsProps {
  doc: Y.Doc;
  outcomeId: string;
  /** The outcome card's id prefix (an outcome can be shown in two groups at once). */
  idBase?: string;
  indicator: IndicatorValues;
  number: number;
  awareness: Awareness | null;
  others: Participant[];
  showOthers: boolean;
  incomplete: boolean;
}

/** One indicator of an outcome: how it will be recognised (Tool 12). */
export function IndicatorFields({ doc, outcomeId, idBase, indicator, number, awareness, others, showOthers, incomplete }: IndicatorFieldsProps) {
  const { t } = useTranslation();
  const base = `${idBase ?? `o-${outcomeId}`}-i-${indicator.id}`;
  const legend = t('outcomes.indicator.legend', { number });
  return (
    <fieldset className="indicator" aria-describedby={incomplete ? `${base}-issue` : undefined}>
      <legend className="indicator__legend">{legend}</legend>
      {incomplete ? (
        <p id={`${base}-issue`} className="issue-text">
          {t('outcomes.issues.indicatorIncomplete')}
        </p>
      ) : null}
      <div className="indicator__grid">
        {INDICATOR_TEXT_FIELDS.map((field) => {
          const ytext = indicatorText(doc, outcomeId, indicator.id, field);
          if (!ytext) return null;
          const key = `indicator:${indicator.id}:${field}`;
          return (
            <CollabTextField
              key={field}
              id={`${base}-${field}`}
              label={t(`outcomes.indicator.${field}`)}
              ytext={ytext}
              outcomeId={outcomeId}
              field={key}
              awareness={awareness}
              others={others.filter((p) => p.focus?.field === key)}
              showOthers={showOthers}
            />
          );
        })}
        <SelectField<CollectionFrequency>
          id={`${base}-frequency`}
          label={t('outcomes.indicator.frequency')}
          value={indicator.frequency}
          options={COLLECTION_FREQUENCIES.map((frequency) => ({ value: frequency, label: t(`outcomes.frequency.${frequency || 'unset'}`) }))}
          onChange={(frequency) => setIndicatorFrequency(doc, outcomeId, indicator.id, frequency)}
        />
      </div>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => removeIndicator(doc, outcomeId, indicator.id)}
        aria-label={t('outcomes.indicator.removeNamed', { name: legend })}
      >
        {t('outcomes.indicator.remove')}
      </button>
    </fieldset>
  );
}

import { memo, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import {
  addIndicator,
  outcomeText,
  setLevel,
  setPaymentShare,
  setStatus,
  toggleInSet,
  type OutcomeValues,
} from '../../shared/outcomes/outcomeDoc.ts';
import type { FrameworkIssue } from '../../shared/outcomes/validation.ts';
import { OUTCOME_LEVELS, OUTCOME_STATUSES, WELL_BEING_ASPECTS, type OutcomeLevel, type OutcomeStatus } from '../../shared/outcomes/vocabulary.ts';
import { languageMarker } from '../../shared/bilingual/languageMarker.ts';
import { LanguageMarker } from '../bilingual/LanguageMarker.tsx';
import { SelectField } from '../ui/fields.tsx';
import { CollabTextField } from './CollabTextField.tsx';
import { IndicatorFields } from './IndicatorFields.tsx';
import { OutcomeHeader, type OutcomeHeaderProps } from './OutcomeHeader.tsx';
import { useStatementStamping, type LanguageFieldEvents } from './useStatementStamping.ts';
import type { FrameworkSettings } from './frameworkSettings.ts';
import type { Participant } from './usePresence.ts';

export interface OutcomeCardProps extends Omit<OutcomeHeaderProps, 'headingId'> {
  doc: Y.Doc;
  awareness: Awareness | null;
  settings: FrameworkSettings;
  issues: FrameworkIssue[];
  /** Others whose caret is in this outcome. */
  others: Participant[];
  /** Start of its elements' ids; an outcome shown in two groups needs a different one in each. */
  idBase?: string;
}

function CheckboxGroup({ legend, children, describedBy }: { legend: string; children: ReactNode; describedBy?: string }) {
  return (
    <fieldset className="checkbox-group" aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      <div className="checkbox-group__items">{children}</div>
    </fieldset>
  );
}

/** One outcome, every field editable live by everyone with edit access. */
export const OutcomeCard = memo(function OutcomeCard(props: OutcomeCardProps) {
  const { doc, awareness, settings, issues, others, outcome } = props;
  const { t } = useTranslation();
  const id = outcome.id;
  const base = props.idBase ?? `o-${id}`;
  const headingId = `${base}-heading`;
  const issueFor = (field: string) => issues.find((issue) => issue.field === field);
  const bilingual = useStatementStamping(doc, id);
  type TextOptions = { multiline?: boolean; hint?: string; label?: string; lang?: string; events?: LanguageFieldEvents };
  const text = (field: Parameters<typeof outcomeText>[2], options: TextOptions = {}) => (
    <CollabTextField
      id={`${base}-${field}`}
      // The Welsh statement always passes its own label (the outcomes.* words have none for it).
      label={options.label ?? t(`outcomes.field.${field as Exclude<typeof field, 'statementCy'>}`)}
      hint={options.hint}
      lang={options.lang}
      onLocalEdit={options.events?.onLocalEdit}
      onEditEnd={options.events?.onEditEnd}
      multiline={options.multiline}
      ytext={outcomeText(doc, id, field)}
      outcomeId={id}
      field={field}
      awareness={awareness}
      others={others.filter((p) => p.focus?.field === field)}
      showOthers={settings.showOthers}
      invalid={Boolean(issueFor(field))}
      describedBy={issueFor(field) ? `${base}-issues` : undefined}
    />
  );
  const paysForOutcomes = settings.model === '2' || settings.model === 'hybrid';
  // A new indicator's first field takes focus once it has rendered, so keyboard users land in it.
  const [newIndicator, setNewIndicator] = useState<string | null>(null);
  useEffect(() => {
    if (!newIndicator || !outcome.indicators.some((i) => i.id === newIndicator)) return;
    document.getElementById(`${base}-i-${newIndicator}-measure`)?.focus();
    setNewIndicator(null);
  }, [newIndicator, outcome.indicators, base]);

  return (
    <article className={`outcome-card outcome-card--${outcome.status}`} aria-labelledby={headingId} data-outcome-id={id}>
      <OutcomeHeader {...props} headingId={headingId} />
      {issues.length > 0 ? (
        <div id={`${base}-issues`} className="outcome-card__issues">
          <p className="outcome-card__issues-title">{t('outcomes.issues.title')}</p>
          <ul>
            {issues.map((issue, index) => (
              <li key={index}>{t(`outcomes.issues.${issue.code}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {/* The statement in English and Welsh, side by side, each marked with its language for screen readers. */}
      <div className="bilingual-pair">
        {text('statement', { hint: t('outcomes.field.statementHint'), lang: 'en', events: bilingual.events.en })}
        {bilingual.ready ? text('statementCy', { label: t('bilingual.outcome.welshLabel'), hint: t('bilingual.outcome.welshHint'), lang: 'cy', events: bilingual.events.cy }) : null}
        <LanguageMarker id={`${base}-language-marker`} changed={languageMarker(outcome.languageStamps, { en: outcome.statement, cy: outcome.statementCy })} />
      </div>
      {text('note', { multiline: true })}
      <div className="outcome-card__row">
        <SelectField<OutcomeLevel>
          id={`${base}-level`}
          label={t('outcomes.field.level')}
          value={outcome.level}
          options={OUTCOME_LEVELS.map((level) => ({ value: level, label: t(`outcomes.level.${level}`) }))}
          onChange={(level) => setLevel(doc, id, level)}
        />
        <SelectField<OutcomeStatus>
          id={`${base}-status`}
          label={t('outcomes.field.status')}
          value={outcome.status}
          options={OUTCOME_STATUSES.map((status) => ({ value: status, label: t(`outcomes.status.${status}`) }))}
          onChange={(status) => setStatus(doc, id, status)}
        />
      </div>
      {outcome.level === 'population' && settings.zones.length > 0 ? (
        <CheckboxGroup legend={t('outcomes.field.zones')}>
          {settings.zones.map((zone, index) => (
            <label key={zone} className="checkbox">
              <input type="checkbox" id={`${base}-zone-${index}`} checked={outcome.zones.includes(zone)} onChange={(e) => toggleInSet(doc, id, 'zones', zone, e.target.checked)} />
              {zone}
            </label>
          ))}
        </CheckboxGroup>
      ) : null}
      <CheckboxGroup legend={t('outcomes.field.aspects')}>
        {WELL_BEING_ASPECTS.map((aspect) => (
          <label key={aspect} className="checkbox">
            <input type="checkbox" checked={outcome.aspects.includes(aspect)} onChange={(e) => toggleInSet(doc, id, 'aspects', aspect, e.target.checked)} />
            {t(`outcomes.aspect.${aspect}`)}
          </label>
        ))}
      </CheckboxGroup>
      {/* Not a landmark: every card has one, and identical landmark names would make a screen reader's list useless. */}
      <div className="outcome-card__indicators">
        <h3 id={`${base}-indicators-heading`} className="outcome-card__subheading">
          {t('outcomes.indicator.heading')}
        </h3>
        {outcome.indicators.length === 0 ? <p className="field__hint">{t('outcomes.indicator.none')}</p> : null}
        {outcome.indicators.map((indicator, index) => (
          <IndicatorFields
            key={indicator.id}
            doc={doc}
            outcomeId={id}
            idBase={base}
            indicator={indicator}
            number={index + 1}
            awareness={awareness}
            others={others}
            showOthers={settings.showOthers}
            incomplete={Boolean(issueFor(`indicator:${indicator.id}`))}
          />
        ))}
        <button type="button" className="button button--secondary" onClick={() => setNewIndicator(addIndicator(doc, id))}>
          {t('outcomes.indicator.add')}
        </button>
      </div>
      <details className="outcome-card__more">
        <summary>{t(paysForOutcomes ? 'outcomes.more.withPayment' : 'outcomes.more.logic')}</summary>
        {text('inputs', { multiline: true, hint: t('outcomes.field.inputsHint') })}
        {text('outputs', { multiline: true, hint: t('outcomes.field.outputsHint') })}
        {paysForOutcomes ? (
          <>
            <div className="field">
              <label className="field__label" htmlFor={`${base}-share`}>
                {t('outcomes.field.paymentShare')}
              </label>
              <input
                id={`${base}-share`}
                className="field__input field__input--short"
                type="number"
                min={0}
                max={100}
                step={0.01}
                inputMode="decimal"
                value={outcome.paymentShare ?? ''}
                onChange={(e) => {
                  const value = e.target.value === '' ? null : Number(e.target.value);
                  if (value === null || (Number.isFinite(value) && value >= 0 && value <= 100)) setPaymentShare(doc, id, value);
                }}
              />
            </div>
            {text('evidence', { multiline: true })}
            {text('whenNotMet', { multiline: true, hint: t('outcomes.field.whenNotMetHint') })}
          </>
        ) : null}
      </details>
    </article>
  );
});

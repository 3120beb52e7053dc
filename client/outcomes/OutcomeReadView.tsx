import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { languageMarker } from '../../shared/bilingual/languageMarker.ts';
import type { OutcomeValues } from '../../shared/outcomes/outcomeDoc.ts';
import { LanguageMarker } from '../bilingual/LanguageMarker.tsx';
import { ContributionCredit } from '../calls/manage/ContributionCredit.tsx';
import type { Contributor, FrameworkSettings } from './frameworkSettings.ts';

interface OutcomeReadViewProps {
  outcome: OutcomeValues;
  number: number;
  settings: FrameworkSettings;
  contributors: Contributor[];
  spotlit: boolean;
  /** Start of its ids; an outcome shown in two groups needs a different one in each. */
  idBase?: string;
  /** The framework, for the credit of a contribution promoted into it (null before the room exists). */
  doc?: Y.Doc | null;
}

/** One outcome for people who may only view the framework: the same content, live, with no controls. */
export const OutcomeReadView = memo(function OutcomeReadView({ outcome, number, settings, contributors, spotlit, idBase, doc }: OutcomeReadViewProps) {
  const { t } = useTranslation();
  const headingId = `${idBase ?? `o-${outcome.id}`}-heading`;
  const row = (label: string, value: string) =>
    value.trim() ? (
      <>
        <dt>{label}</dt>
        <dd className="preserve-lines">{value}</dd>
      </>
    ) : null;
  const paysForOutcomes = settings.model === '2' || settings.model === 'hybrid';
  return (
    <article className={`outcome-card outcome-card--read outcome-card--${outcome.status}`} aria-labelledby={headingId} data-outcome-id={outcome.id}>
      <div className="outcome-card__title-row">
        <h2 id={headingId} className="outcome-card__heading">
          {t('outcomes.card.heading', { number })}
        </h2>
        <span className={`tag tag--status-${outcome.status}`}>{t(`outcomes.status.${outcome.status}`)}</span>
        {spotlit ? <span className="tag tag--spotlight">{t('outcomes.spotlight.tag')}</span> : null}
      </div>
      {/* Both languages, each marked as such (lang) only when it holds text: a placeholder is in the page's language. */}
      <div className="bilingual-pair">
        <div>
          <p className="bilingual-pair__language">{t('bilingual.outcome.inEnglish')}</p>
          <p className="outcome-card__statement" lang={outcome.statement.trim() ? 'en' : undefined}>
            {outcome.statement.trim() || t('outcomes.card.noStatement')}
          </p>
        </div>
        <div>
          <p className="bilingual-pair__language">{t('bilingual.outcome.inWelsh')}</p>
          <p className="bilingual-pair__statement-cy" lang={outcome.statementCy.trim() ? 'cy' : undefined}>
            {outcome.statementCy.trim() || t('bilingual.outcome.noWelsh')}
          </p>
        </div>
        <LanguageMarker changed={languageMarker(outcome.languageStamps, { en: outcome.statement, cy: outcome.statementCy })} />
      </div>
      {doc ? <ContributionCredit doc={doc} outcomeId={outcome.id} /> : null}
      <dl className="outcome-card__facts">
        {row(t('outcomes.field.note'), outcome.note)}
        {row(t('outcomes.field.level'), t(`outcomes.level.${outcome.level}`))}
        {row(t('outcomes.field.zones'), outcome.level === 'population' ? outcome.zones.join(', ') : '')}
        {row(t('outcomes.field.aspects'), outcome.aspects.map((a) => t(`outcomes.aspect.${a}`)).join(', '))}
        {row(t('outcomes.field.inputs'), outcome.inputs)}
        {row(t('outcomes.field.outputs'), outcome.outputs)}
        {paysForOutcomes && outcome.paymentShare !== null ? row(t('outcomes.field.paymentShare'), `${outcome.paymentShare}%`) : null}
        {paysForOutcomes ? row(t('outcomes.field.evidence'), outcome.evidence) : null}
        {paysForOutcomes ? row(t('outcomes.field.whenNotMet'), outcome.whenNotMet) : null}
      </dl>
      {outcome.indicators.length > 0 ? (
        <>
          <h3 className="outcome-card__subheading">{t('outcomes.indicator.heading')}</h3>
          <ul className="outcome-card__indicator-list">
            {outcome.indicators.map((indicator) => (
              <li key={indicator.id}>
                <dl className="outcome-card__facts">
                  {row(t('outcomes.indicator.measure'), indicator.measure)}
                  {row(t('outcomes.indicator.baseline'), indicator.baseline)}
                  {row(t('outcomes.indicator.target'), indicator.target)}
                  {row(t('outcomes.indicator.source'), indicator.source)}
                  {indicator.frequency ? row(t('outcomes.indicator.frequency'), t(`outcomes.frequency.${indicator.frequency}`)) : null}
                  {row(t('outcomes.indicator.reporter'), indicator.reporter)}
                </dl>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {contributors.length > 0 ? (
        <p className="outcome-card__contributors">{t('outcomes.card.contributors', { names: contributors.map((c) => c.name).join(', ') })}</p>
      ) : null}
    </article>
  );
});

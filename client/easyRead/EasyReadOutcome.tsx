import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorValues, OutcomeValues } from '../../shared/outcomes/outcomeDoc.ts';
import type { CommissioningModel } from '../../shared/schemas/workspace.ts';
import { statementIn } from '../bilingual/statementIn.ts';
import { LabelledLines } from './EasyLines.tsx';
import { linesOf } from './textLines.ts';

/** One outcome in easy read: short sentences, one idea per line, plain words for every field. */
export const EasyReadOutcome = memo(function EasyReadOutcome({ outcome, model }: { outcome: OutcomeValues; model: CommissioningModel }) {
  const { t, i18n } = useTranslation();
  const headingId = `easy-outcome-${outcome.id}`;
  const statement = statementIn(outcome, i18n.language);
  const hasChain = linesOf(outcome.inputs).length + linesOf(outcome.outputs).length > 0;
  const indicators = outcome.indicators.filter((indicator) => indicator.measure.trim() !== '');
  // Payment by outcome exists only under Model 2 (and its hybrid); elsewhere there is nothing to explain.
  const paysForOutcomes = model === '2' || model === 'hybrid';
  const hasMoney = paysForOutcomes && (outcome.paymentShare !== null || outcome.evidence.trim() !== '' || outcome.whenNotMet.trim() !== '');
  return (
    <article className="easy-read__outcome" aria-labelledby={headingId}>
      <h2 id={headingId} className="easy-read__statement" lang={statement?.lang}>
        {statement?.text ?? t('easyRead.outcomes.noStatement')}
      </h2>
      <p>{t(`easyRead.outcomes.level.${outcome.level}`)}</p>
      {outcome.level === 'population' && outcome.zones.length > 0 ? <p>{t('easyRead.outcomes.where', { zones: outcome.zones.join(', ') })}</p> : null}
      <p>{t(`easyRead.outcomes.status.${outcome.status}`)}</p>
      {outcome.aspects.map((aspect) => (
        <p key={aspect}>{t('easyRead.outcomes.aboutAspect', { aspect: t(`easyRead.outcomes.aspect.${aspect}`) })}</p>
      ))}
      <LabelledLines label={t('easyRead.outcomes.note')} text={outcome.note} />
      {hasChain ? (
        <>
          <h3>{t('easyRead.outcomes.howHeading')}</h3>
          <LabelledLines label={t('easyRead.outcomes.inputs')} text={outcome.inputs} />
          <LabelledLines label={t('easyRead.outcomes.outputs')} text={outcome.outputs} />
        </>
      ) : null}
      {indicators.length > 0 ? (
        <>
          <h3>{t('easyRead.outcomes.knowHeading')}</h3>
          <ul className="easy-read__group">
            {indicators.map((indicator) => (
              <li key={indicator.id}>
                <IndicatorLines indicator={indicator} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {hasMoney ? (
        <>
          <h3>{t('easyRead.outcomes.moneyHeading')}</h3>
          <p>{t('easyRead.outcomes.money')}</p>
          {outcome.paymentShare !== null ? <p>{t('easyRead.outcomes.share', { share: outcome.paymentShare })}</p> : null}
          {outcome.evidence.trim() ? <p>{t('easyRead.outcomes.evidence', { text: outcome.evidence.trim() })}</p> : null}
          {outcome.whenNotMet.trim() ? <p>{t('easyRead.outcomes.whenNotMet', { text: outcome.whenNotMet.trim() })}</p> : null}
        </>
      ) : null}
    </article>
  );
});

/** "How we will know: …" and then, each on its own line, what is known about the indicator. */
function IndicatorLines({ indicator }: { indicator: IndicatorValues }) {
  const { t } = useTranslation();
  const line = (key: 'measure' | 'baseline' | 'target' | 'reporter' | 'source') =>
    indicator[key].trim() ? <p>{t(`easyRead.outcomes.${key}`, { text: indicator[key].trim() })}</p> : null;
  return (
    <>
      {line('measure')}
      {line('baseline')}
      {line('target')}
      {indicator.frequency ? <p>{t('easyRead.outcomes.frequency', { when: t(`easyRead.outcomes.often.${indicator.frequency}`) })}</p> : null}
      {line('reporter')}
      {line('source')}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { statementIn } from '../../bilingual/statementIn.ts';
import { CONTRIBUTION_KINDS } from '../../../shared/schemas/contributions.ts';
import type { SummaryContribution, SummaryOutcome } from '../manage/callsManageApi.ts';

/** One outcome of the summary: its counts by kind, then what was said, zone by zone. */
export function SummaryOutcomeSection({ outcome, index }: { outcome: SummaryOutcome; index: number }) {
  const { t, i18n } = useTranslation();
  const statement = statementIn(outcome, i18n.language);
  const headingId = `summary-outcome-${index}`;
  return (
    <section className="call-summary__outcome" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span lang={statement?.lang}>{statement?.text ?? t('callsManage.form.noStatement')}</span> <span className="count">({t('callsManage.summary.outcomeCount', { count: outcome.count })})</span>
      </h2>
      {outcome.count === 0 ? (
        <p>{t('callsManage.summary.none')}</p>
      ) : (
        <>
          <dl className="call-summary__counts">
            {CONTRIBUTION_KINDS.map((kind) => (
              <div key={kind}>
                <dt>{t(`callsManage.summary.counts.${kind}`)}</dt>
                <dd>{outcome.byKind[kind]}</dd>
              </div>
            ))}
          </dl>
          {outcome.zones.map((zone) => (
            <div key={zone.zone ?? ''} className="call-summary__zone">
              <h3>
                {zone.zone ? t('callsManage.summary.zone', { zone: zone.zone }) : t('callsManage.summary.noZone')}{' '}
                <span className="count">({t('callsManage.summary.outcomeCount', { count: zone.count })})</span>
              </h3>
              <ol className="call-summary__entries">
                {zone.contributions.map((contribution) => (
                  <SummaryEntry key={contribution.id} contribution={contribution} />
                ))}
              </ol>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

function SummaryEntry({ contribution }: { contribution: SummaryContribution }) {
  const { t } = useTranslation();
  return (
    <li className="call-summary__entry">
      <p className="call-summary__meta">
        <span className="call-summary__kind">{t(`callsManage.kind.${contribution.kind}`)}</span>
        {contribution.promoted ? <span className="call-summary__promoted">{t('callsManage.summary.promoted')}</span> : null}
      </p>
      <p className="call-summary__body">{contribution.body}</p>
      <p className="call-summary__supports">{t('callsManage.summary.supports', { count: contribution.supports })}</p>
      {contribution.answer ? (
        <div className="call-summary__answer">
          <p>
            <strong>{t('callsManage.summary.officialAnswer')}:</strong> {t(`callsManage.answer.${contribution.answer.answer}`)}
          </p>
          <p className="call-summary__response">{contribution.answer.response}</p>
        </div>
      ) : (
        <p className="call-summary__no-answer">{t('callsManage.summary.noAnswer')}</p>
      )}
    </li>
  );
}

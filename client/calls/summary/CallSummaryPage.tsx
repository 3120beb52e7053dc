import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../../routing/PageHeading.tsx';
import { paths } from '../../routing/routes.ts';
import { apiErrorMessage } from '../../ui/errorMessages.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { getCallSummary } from '../manage/callsManageApi.ts';
import { useLiveCallRead } from '../manage/useLiveCallRead.ts';
import { SummaryOutcomeSection } from './SummaryOutcomeSection.tsx';
import './callSummary.css';

/**
 * /calls/:id/summary — what people said in a call, per outcome and zone, with
 * counts, supports and the official answers, for reading and printing. It
 * names no one, so a public call's summary is open to anyone, signed in or not;
 * it follows the call live, so an answer given meanwhile appears.
 */
export function CallSummaryPage({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const { load } = useLiveCallRead(callId, getCallSummary);

  const heading =
    load.state === 'loaded'
      ? t('callsManage.summary.heading', { title: load.data.call.title })
      : load.state === 'loading'
        ? t('loading')
        : t('callsManage.summary.notFound');
  usePageTitle(heading);
  const back = (
    <p className="breadcrumb">
      <Link to={paths.call(callId)}>{t('callsManage.summary.back')}</Link>
    </p>
  );

  if (load.state === 'loading') return <PageHeading>{heading}</PageHeading>;
  if (load.state === 'failed') {
    return (
      <div className="narrow">
        <PageHeading>{heading}</PageHeading>
        <p>{load.error.status === 404 ? t('callsManage.summary.notFoundLead') : apiErrorMessage(t, load.error)}</p>
        <p>
          <Link to={paths.home}>{t('callsManage.summary.home')}</Link>
        </p>
      </div>
    );
  }

  const { call, total, outcomes } = load.data;
  return (
    <div className="call-summary">
      {back}
      <PageHeading>{heading}</PageHeading>
      <p className="lead">{t('callsManage.summary.lead')}</p>
      <p>
        <span className={`calls-state calls-state--${call.state}`}>{t(`callsManage.state.${call.state}`)}</span>{' '}
        {t('callsManage.summary.dates', { from: formatDate(t, call.opensAt), to: formatDate(t, call.closesAt) })}
      </p>
      <p className="call-summary__total">{t('callsManage.summary.total', { count: total })}</p>
      <div className="call-summary__actions">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('callsManage.summary.print')}
        </button>
      </div>
      {outcomes.length === 0 ? (
        <p className="notice">{t('callsManage.summary.noOutcomes')}</p>
      ) : (
        outcomes.map((outcome, index) => <SummaryOutcomeSection key={outcome.id} outcome={outcome} index={index} />)
      )}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/apiClient.ts';
import { Link } from '../../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../../routing/PageHeading.tsx';
import { paths } from '../../routing/routes.ts';
import { apiErrorMessage } from '../../ui/errorMessages.ts';
import { formatDate } from '../../ui/formatDate.ts';
import type { Consultation } from '../comments/commentsApi.ts';
import { getYouSaidWeDid, OUTCOME_ORDER, type SummaryEntry, type YouSaidWeDid } from './summaryApi.ts';
import './summary.css';

type Load = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'loaded'; summary: YouSaidWeDid };

/**
 * /workspaces/:id/specifications/:artefactId/you-said-we-did — what was said in
 * consultation and what the commissioners did about it, grouped by outcome, for
 * reading and printing. Each reader sees what the thread list shows them (so a
 * provider in a confidential consultation sees only their organisation's).
 */
export function YouSaidWeDidPage({ workspaceId, artefactId }: { workspaceId: string; artefactId: string }) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    getYouSaidWeDid(artefactId)
      .then((summary) => current && setLoad({ state: 'loaded', summary }))
      .catch((error: ApiError) => current && setLoad({ state: 'failed', error }));
    return () => {
      current = false;
    };
  }, [artefactId]);

  const heading =
    load.state === 'loaded'
      ? t('commentsPanel.summary.heading', { title: load.summary.artefact.title })
      : load.state === 'loading'
        ? t('loading')
        : t(load.error.status === 403 ? 'commentsPanel.summary.forbidden' : 'commentsPanel.summary.notFound');
  usePageTitle(heading);
  const backToSpecification = (
    <Link to={paths.specification(workspaceId, artefactId)}>{t('commentsPanel.summary.back')}</Link>
  );

  if (load.state === 'loading') return <PageHeading>{heading}</PageHeading>;
  if (load.state === 'failed') {
    const { error } = load;
    const lead =
      error.status === 404 ? t('commentsPanel.summary.notFoundLead') : error.status === 403 ? t('commentsPanel.summary.forbiddenLead') : apiErrorMessage(t, error);
    return (
      <div className="narrow">
        <PageHeading>{heading}</PageHeading>
        <p>{lead}</p>
        <p>{error.status === 404 ? <Link to={paths.workspace(workspaceId)}>{t('commentsPanel.summary.toWorkspace')}</Link> : backToSpecification}</p>
      </div>
    );
  }

  const { summary } = load;
  const byOutcome = OUTCOME_ORDER.map((outcome) => ({ outcome, entries: summary.entries.filter((e) => e.weDid.outcome === outcome) }));
  return (
    <div className="ysw-summary">
      <p className="breadcrumb">{backToSpecification}</p>
      <PageHeading>{heading}</PageHeading>
      <p className="lead">{t('commentsPanel.summary.lead')}</p>
      <ConsultationDates consultation={summary.consultation} />
      <p>{t('commentsPanel.summary.anonymous')}</p>
      <div className="ysw-actions">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('commentsPanel.summary.print')}
        </button>
      </div>
      {summary.entries.length === 0 ? (
        <p className="notice">{t('commentsPanel.summary.none')}</p>
      ) : (
        <>
          <h2>{t('commentsPanel.summary.counts')}</h2>
          <dl className="ysw-counts">
            {byOutcome.map(({ outcome, entries }) => (
              <div key={outcome} style={{ display: 'contents' }}>
                <dt>{t(`threadOutcome.outcomes.${outcome}`)}</dt>
                <dd>{entries.length}</dd>
              </div>
            ))}
          </dl>
          {byOutcome
            .filter(({ entries }) => entries.length > 0)
            .map(({ outcome, entries }) => (
              <section key={outcome} aria-labelledby={`ysw-${outcome}`}>
                <h2 id={`ysw-${outcome}`}>
                  {t(`threadOutcome.outcomes.${outcome}`)} <span className="count">({entries.length})</span>
                </h2>
                <ol className="ysw-entries">
                  {entries.map((entry) => (
                    <Entry key={entry.threadId} entry={entry} />
                  ))}
                </ol>
              </section>
            ))}
        </>
      )}
    </div>
  );
}

function Entry({ entry }: { entry: SummaryEntry }) {
  const { t } = useTranslation();
  return (
    <li className="ysw-entry">
      <h3>{t('specComments.quoted', { quote: entry.quote })}</h3>
      <dl>
        <dt>{t('commentsPanel.summary.youSaid')}</dt>
        <dd>{entry.youSaid ?? t('specComments.deleted')}</dd>
        <dt>{t('commentsPanel.summary.weDid')}</dt>
        <dd>{t(`threadOutcome.outcomes.${entry.weDid.outcome}`)}</dd>
        <dt>{t('commentsPanel.summary.why')}</dt>
        <dd>{entry.weDid.reason}</dd>
      </dl>
    </li>
  );
}

function ConsultationDates({ consultation }: { consultation: Consultation | null }) {
  const { t } = useTranslation();
  if (!consultation || consultation.state === 'none') return <p>{t('commentsPanel.summary.consultation.none')}</p>;
  return <p>{t(`commentsPanel.summary.consultation.${consultation.state}`, { from: formatDate(t, consultation.opensAt), to: formatDate(t, consultation.closesAt) })}</p>;
}

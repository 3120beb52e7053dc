import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statementIn } from '../../bilingual/statementIn.ts';
import { Link } from '../../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../../routing/PageHeading.tsx';
import { paths } from '../../routing/routes.ts';
import { apiErrorMessage } from '../../ui/errorMessages.ts';
import { apiGet } from '../../api/apiClient.ts';
import { getModerationQueue, type Call, type QueueEntry } from '../manage/callsManageApi.ts';
import { useLiveCallRead } from '../manage/useLiveCallRead.ts';
import { QueueItem, type Decision } from './QueueItem.tsx';
import './moderation.css';

interface ModerationData {
  call: Call;
  outcomes: Array<{ id: string; statement: string; statementCy: string }>;
  queue: QueueEntry[];
}

/** The queue first: it is what says 403 to anyone but a commissioner. */
async function readModeration(callId: string): Promise<ModerationData> {
  const { queue } = await getModerationQueue(callId);
  const { call, outcomes } = await apiGet<{ call: Call; outcomes: ModerationData['outcomes'] }>(`/api/calls/${encodeURIComponent(callId)}`);
  return { call, outcomes, queue };
}

const DONE: Record<Decision, 'callsManage.moderation.didHide' | 'callsManage.moderation.didRestore' | 'callsManage.moderation.didKeep'> = {
  hide: 'callsManage.moderation.didHide',
  restore: 'callsManage.moderation.didRestore',
  keep: 'callsManage.moderation.didKeep',
};

/**
 * /calls/:id/moderation — for the workspace's commissioners: contributions
 * hidden by reports or by a commissioner, and those reported but still
 * showing, each with the reasons given, to hide or restore with a reason the
 * author sees. The queue follows the call live; anyone else is told plainly
 * that it is not for them.
 */
export function ModerationPage({ callId }: { callId: string }) {
  const { t, i18n } = useTranslation();
  const { load, refresh } = useLiveCallRead(callId, readModeration);
  const [news, setNews] = useState('');

  const heading =
    load.state === 'loaded'
      ? t('callsManage.moderation.heading', { title: load.data.call.title })
      : load.state === 'loading'
        ? t('loading')
        : t(load.error.status === 403 ? 'callsManage.moderation.forbidden' : 'callsManage.moderation.notFound');
  usePageTitle(heading);

  const decided = useCallback(
    (decision: Decision) => {
      setNews(t(DONE[decision]));
      refresh();
      // The item may leave the queue: focus goes to the queue's heading rather than falling to the page's top.
      document.getElementById('moderation-queue-heading')?.focus();
    },
    [t, refresh],
  );

  const back = (
    <p className="breadcrumb">
      <Link to={paths.call(callId)}>{t('callsManage.moderation.back')}</Link>
    </p>
  );
  if (load.state === 'loading') return <PageHeading>{heading}</PageHeading>;
  if (load.state === 'failed') {
    const { error } = load;
    return (
      <div className="narrow">
        <PageHeading>{heading}</PageHeading>
        <p>{error.status === 403 ? t('callsManage.moderation.forbiddenLead') : error.status === 404 ? t('callsManage.moderation.notFoundLead') : apiErrorMessage(t, error)}</p>
        {error.status === 403 ? (
          <p className="calls-links">
            <Link to={paths.call(callId)}>{t('callsManage.moderation.back')}</Link>
            <Link to={paths.callSummary(callId)}>{t('callsManage.list.summary')}</Link>
          </p>
        ) : (
          <p>
            <Link to={paths.home}>{t('workspace.backToList')}</Link>
          </p>
        )}
      </div>
    );
  }

  const { queue, outcomes } = load.data;
  const statementOf = (outcomeId: string | undefined) => {
    const outcome = outcomes.find((o) => o.id === outcomeId);
    return outcome ? (statementIn(outcome, i18n.language)?.text ?? null) : null;
  };
  return (
    <div className="moderation-page">
      {back}
      <PageHeading>{heading}</PageHeading>
      <p className="lead narrow">{t('callsManage.moderation.lead')}</p>
      <p role="status" className="success-message">
        {news}
      </p>
      <h2 id="moderation-queue-heading" tabIndex={-1}>
        {t('callsManage.moderation.queueHeading', { count: queue.length })}
      </h2>
      {queue.length === 0 ? (
        <p className="notice">{t('callsManage.moderation.empty')}</p>
      ) : (
        <ol className="moderation-queue">
          {queue.map((entry) => (
            <QueueItem key={entry.contribution.id} entry={entry} outcome={statementOf(entry.contribution.outcomeId)} onDecided={decided} />
          ))}
        </ol>
      )}
    </div>
  );
}

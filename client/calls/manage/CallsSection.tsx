import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/apiClient.ts';
import type { WorkspaceDetail } from '../../api/types.ts';
import { apiErrorMessage } from '../../ui/errorMessages.ts';
import { CallList } from './CallList.tsx';
import { listCalls, type Call } from './callsManageApi.ts';
import './callsManage.css';

// The form reads the framework live, which brings Yjs: loaded only for commissioners, not with every workspace page.
const OpenCallForm = lazy(() => import('./OpenCallForm.tsx').then((module) => ({ default: module.OpenCallForm })));

/**
 * The workspace page's calls for contributions: every member sees the list;
 * commissioners also open new calls and reach each call's moderation queue.
 */
export function CallsSection({ workspace }: { workspace: WorkspaceDetail }) {
  const { t } = useTranslation();
  const manages = workspace.role === 'commissioner';
  const [calls, setCalls] = useState<Call[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [news, setNews] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const framework = workspace.artefacts.find((a) => a.kind === 'outcomes') ?? null;

  const load = useCallback(async () => {
    try {
      setCalls((await listCalls(workspace.id)).calls);
      setProblem(null);
    } catch (error) {
      if (error instanceof ApiError) setProblem(apiErrorMessage(t, error));
      else throw error;
    }
  }, [workspace.id, t]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="section panel calls-section" aria-labelledby="calls-heading">
      <h2 id="calls-heading">{t('callsManage.heading')}</h2>
      <p>{t('callsManage.lead')}</p>
      <div className="calls-grid">
        <div>
          <p role="status" className="success-message">
            {news}
          </p>
          {problem ? (
            <p className="notice notice--error" role="alert">
              {problem}
            </p>
          ) : null}
          <h3>{t('callsManage.list.heading')}</h3>
          {calls === null ? <p>{t('loading')}</p> : <CallList calls={calls} manages={manages} focusId={focusId} />}
        </div>
        {manages ? (
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            <OpenCallForm
              workspaceId={workspace.id}
              zones={workspace.zones}
              frameworkRoom={framework?.room ?? null}
              onOpened={(call) => {
                setCalls((list) => [call, ...(list ?? []).filter((c) => c.id !== call.id)]);
                setNews(t('callsManage.opened', { title: call.title }));
                setFocusId(call.id);
              }}
            />
          </Suspense>
        ) : null}
      </div>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { Artefact, WorkspaceDetail } from '../api/types.ts';
import { Link } from '../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { paths } from '../routing/routes.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { useWorkspace } from '../workspaces/useWorkspace.ts';
import { EasyReadOutcome } from './EasyReadOutcome.tsx';
import { useFrameworkReading } from './useFrameworkReading.ts';
import './easyRead.css';

const LEAD = ['what', 'together', 'live'] as const;

/**
 * /workspaces/:id/outcomes/easy-read — the outcome framework in easy read,
 * live, for every member who may view the framework (the server refuses the
 * room to anyone else). Read-only: it links back to the framework for editing.
 */
export function OutcomesEasyReadPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const { load } = useWorkspace(workspaceId);
  const workspace = load.state === 'loaded' ? load.workspace : null;
  const artefact = workspace?.artefacts.find((a) => a.kind === 'outcomes') ?? null;
  const found = workspace && artefact && artefact.access !== 'none';
  usePageTitle(found ? t('easyRead.outcomes.heading') : load.state === 'loading' ? t('loading') : t('easyRead.outcomes.notFound'));

  if (load.state === 'loading') return <PageHeading>{t('loading')}</PageHeading>;
  if (!found) {
    return (
      <div className="easy-read">
        <PageHeading>{t('easyRead.outcomes.notFound')}</PageHeading>
        <p>{load.state === 'failed' && load.error.status !== 404 ? apiErrorMessage(t, load.error) : t('easyRead.outcomes.notFoundLead')}</p>
        <p>
          <Link to={paths.home}>{t('easyRead.outcomes.backHome')}</Link>
        </p>
      </div>
    );
  }
  const back = (
    <p className="easy-read__back">
      <Link to={paths.outcomes(workspace.id)}>{t('easyRead.outcomes.back')}</Link>
    </p>
  );
  return (
    <div className="easy-read">
      <p className="breadcrumb">
        <Link to={paths.workspace(workspace.id)}>{workspace.name}</Link>
      </p>
      <p className="easy-read__badge">{t('easyRead.badge')}</p>
      <PageHeading>{t('easyRead.outcomes.heading')}</PageHeading>
      {back}
      {LEAD.map((key) => (
        <p key={key}>{t(`easyRead.outcomes.lead.${key}`)}</p>
      ))}
      <FrameworkInEasyRead workspace={workspace} artefact={artefact} />
      {back}
    </div>
  );
}

/** The outcomes still in use, as a numbered list, kept live from the framework's room. */
function FrameworkInEasyRead({ workspace, artefact }: { workspace: WorkspaceDetail; artefact: Artefact }) {
  const { t } = useTranslation();
  const reading = useFrameworkReading(artefact.room);
  if (reading.phase === 'loading') return <p className="loading">{t('easyRead.outcomes.loading')}</p>;
  if (reading.phase === 'refused') return <p className="notice">{t('easyRead.outcomes.refused')}</p>;
  const current = reading.outcomes.filter((outcome) => outcome.status !== 'retired');
  const retired = reading.outcomes.length - current.length;
  return (
    <>
      {current.length === 0 ? <p className="notice">{t('easyRead.outcomes.none')}</p> : null}
      {current.length > 0 ? (
        <ol className="easy-read__list" aria-label={t('easyRead.outcomes.listLabel')}>
          {current.map((outcome) => (
            <li key={outcome.id}>
              <EasyReadOutcome outcome={outcome} model={workspace.model} />
            </li>
          ))}
        </ol>
      ) : null}
      {retired > 0 ? <p>{t('easyRead.outcomes.retiredHidden')}</p> : null}
    </>
  );
}

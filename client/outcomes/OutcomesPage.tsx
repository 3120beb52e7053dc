import { useTranslation } from 'react-i18next';
import { Link } from '../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { paths } from '../routing/routes.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { useWorkspace } from '../workspaces/useWorkspace.ts';
import { FrameworkEditor } from './FrameworkEditor.tsx';
import './outcomes.css';

/** /workspaces/:id/outcomes — the workspace's outcome framework, co-edited live. */
export function OutcomesPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const { load } = useWorkspace(workspaceId);
  const workspace = load.state === 'loaded' ? load.workspace : null;
  const artefact = workspace?.artefacts.find((a) => a.kind === 'outcomes') ?? null;
  usePageTitle(artefact ? `${t('outcomes.heading')}: ${workspace!.name}` : load.state === 'loading' ? t('loading') : t('workspace.notFound'));

  if (load.state === 'loading') return <PageHeading>{t('loading')}</PageHeading>;
  if (load.state === 'failed' || !workspace || !artefact || artefact.access === 'none') {
    return (
      <div className="narrow">
        <PageHeading>{t('workspace.notFound')}</PageHeading>
        <p>{load.state === 'failed' && load.error.status !== 404 ? apiErrorMessage(t, load.error) : t('workspace.notFoundLead')}</p>
        <p>
          <Link to={paths.home}>{t('workspace.backToList')}</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.workspace(workspace.id)}>{workspace.name}</Link>
      </p>
      <PageHeading>{t('outcomes.heading')}</PageHeading>
      <p className="lead">{t('outcomes.lead')}</p>
      <p>
        <Link to={paths.history(workspace.id, artefact.id)}>{t('history.link')}</Link>
      </p>
      <p>
        <Link to={paths.outcomesEasyRead(workspace.id)}>{t('easyRead.outcomes.link')}</Link>
      </p>
      <FrameworkEditor workspace={workspace} artefact={artefact} />
    </>
  );
}

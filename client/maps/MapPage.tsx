import { useTranslation } from 'react-i18next';
import { Link } from '../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { paths } from '../routing/routes.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { useWorkspace } from '../workspaces/useWorkspace.ts';
import { MapEditor } from './MapEditor.tsx';
import './maps.css';

/** /workspaces/:id/maps/:artefactId — one engagement process map (Tool 19), drawn together live. */
export function MapPage({ workspaceId, artefactId }: { workspaceId: string; artefactId: string }) {
  const { t } = useTranslation();
  const { load } = useWorkspace(workspaceId);
  const workspace = load.state === 'loaded' ? load.workspace : null;
  const artefact = workspace?.artefacts.find((a) => a.id === artefactId && a.kind === 'map') ?? null;
  usePageTitle(artefact ? `${artefact.title}: ${workspace!.name}` : load.state === 'loading' ? t('loading') : t('maps.page.notFound'));

  if (load.state === 'loading') return <PageHeading>{t('loading')}</PageHeading>;
  if (load.state === 'failed' || !workspace || !artefact || artefact.access === 'none') {
    return (
      <div className="narrow">
        <PageHeading>{t('maps.page.notFound')}</PageHeading>
        <p>{load.state === 'failed' && load.error.status !== 404 ? apiErrorMessage(t, load.error) : t('maps.page.notFoundLead')}</p>
        <p>
          <Link to={workspace ? paths.workspace(workspace.id) : paths.home}>{workspace ? workspace.name : t('workspace.backToList')}</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.workspace(workspace.id)}>{workspace.name}</Link>
      </p>
      <PageHeading>{artefact.title}</PageHeading>
      <p className="lead">{t('maps.page.lead')}</p>
      <MapEditor key={artefact.id} workspace={workspace} artefact={artefact} />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from '../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { paths } from '../routing/routes.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { useWorkspace } from '../workspaces/useWorkspace.ts';
import { SpecificationEditor } from './SpecificationEditor.tsx';
import './specification.css';

/** /workspaces/:id/specifications/:artefactId — one service specification, co-written live. */
export function SpecificationPage({ workspaceId, artefactId }: { workspaceId: string; artefactId: string }) {
  const { t } = useTranslation();
  const { load } = useWorkspace(workspaceId);
  const workspace = load.state === 'loaded' ? load.workspace : null;
  const artefact = workspace?.artefacts.find((a) => a.id === artefactId && a.kind === 'specification') ?? null;
  usePageTitle(artefact ? `${artefact.title}: ${workspace!.name}` : load.state === 'loading' ? t('loading') : t('specification.notFound'));

  if (load.state === 'loading') return <PageHeading>{t('loading')}</PageHeading>;
  if (load.state === 'failed' || !workspace || !artefact || artefact.access === 'none') {
    return (
      <div className="narrow">
        <PageHeading>{t('specification.notFound')}</PageHeading>
        <p>{load.state === 'failed' && load.error.status !== 404 ? apiErrorMessage(t, load.error) : t('specification.notFoundLead')}</p>
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
      <p className="lead">{t('specification.lead')}</p>
      <p>
        <Link to={paths.history(workspace.id, artefact.id)}>{t('history.link')}</Link>
      </p>
      <ul className="spec-downloads" aria-label={t('specification.downloads')}>
        <li>
          <a href={`/api/artefacts/${encodeURIComponent(artefact.id)}/export?format=markdown`} download>
            {t('specification.downloadMarkdown')}
          </a>
        </li>
        <li>
          <a href={`/api/artefacts/${encodeURIComponent(artefact.id)}/export?format=html`} download>
            {t('specification.downloadHtml')}
          </a>
        </li>
      </ul>
      <SpecificationEditor key={artefact.id} workspace={workspace} artefact={artefact} />
    </>
  );
}

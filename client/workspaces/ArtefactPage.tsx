import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Artefact, WorkspaceDetail } from '../api/types.ts';
import { Link } from '../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { paths } from '../routing/routes.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { useWorkspace } from './useWorkspace.ts';

interface ArtefactPageProps {
  workspaceId: string;
  artefactId: string;
  kind: Artefact['kind'];
  /** What to say when it is not there (or not open to this person). */
  notFound: { heading: string; lead: string };
  /** The page once the artefact is known and may be opened: the breadcrumb and heading are already drawn. */
  children(workspace: WorkspaceDetail, artefact: Artefact): ReactNode;
}

/**
 * The frame of a page showing one artefact of a workspace: loads the
 * workspace, finds the artefact of `kind`, titles the page, and answers
 * "not found" alike for a missing artefact and one this person may not open;
 * links back to the workspace and on to the artefact's version history.
 */
export function ArtefactPage({ workspaceId, artefactId, kind, notFound, children }: ArtefactPageProps) {
  const { t } = useTranslation();
  const { load } = useWorkspace(workspaceId);
  const workspace = load.state === 'loaded' ? load.workspace : null;
  const artefact = workspace?.artefacts.find((a) => a.id === artefactId && a.kind === kind) ?? null;
  usePageTitle(artefact ? `${artefact.title}: ${workspace!.name}` : load.state === 'loading' ? t('loading') : notFound.heading);

  if (load.state === 'loading') return <PageHeading>{t('loading')}</PageHeading>;
  if (load.state === 'failed' || !workspace || !artefact || artefact.access === 'none') {
    return (
      <div className="narrow">
        <PageHeading>{notFound.heading}</PageHeading>
        <p>{load.state === 'failed' && load.error.status !== 404 ? apiErrorMessage(t, load.error) : notFound.lead}</p>
        <p>
          <Link to={workspace ? paths.workspace(workspace.id) : paths.home}>{workspace ? workspace.name : t('workspace.backToList')}</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      {/* The history link shares the breadcrumb's line, so the editor below starts as high as it can. */}
      <p className="breadcrumb breadcrumb--with-links">
        <Link to={paths.workspace(workspace.id)}>{workspace.name}</Link>
        <Link to={paths.history(workspace.id, artefact.id)}>{t('history.link')}</Link>
      </p>
      <PageHeading>{artefact.title}</PageHeading>
      {children(workspace, artefact)}
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Artefact } from '../api/types.ts';
import { useUser } from '../auth/SessionContext.tsx';
import { Link } from '../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { paths } from '../routing/routes.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { artefactTitle } from '../workspaces/labels.ts';
import { useWorkspace } from '../workspaces/useWorkspace.ts';
import { CompareForm } from './CompareForm.tsx';
import { DiffPanel } from './DiffPanel.tsx';
import type { Version } from './historyApi.ts';
import { NameVersionForm } from './NameVersionForm.tsx';
import { PublishDialog } from './PublishDialog.tsx';
import { RestoreDialog } from './RestoreDialog.tsx';
import { useVersions } from './useVersions.ts';
import { VersionList } from './VersionList.tsx';
import { VersionView } from './VersionView.tsx';
import { versionTitle } from './versionName.ts';
import './history.css';

type Panel = { show: 'diff'; from: number; to: number } | { show: 'version'; number: number } | null;

/** Where the artefact itself opens. */
function artefactPath(workspaceId: string, artefact: Artefact): string {
  if (artefact.kind === 'outcomes') return paths.outcomes(workspaceId);
  if (artefact.kind === 'map') return paths.map(workspaceId, artefact.id);
  return paths.specification(workspaceId, artefact.id);
}

/**
 * /workspaces/:id/history/:artefactId — every version of an artefact: list,
 * name one, compare two, read one; commissioners restore and publish.
 * Access comes from the workspace, as on the artefact's own page; the server decides again on every request.
 */
export function HistoryPage({ workspaceId, artefactId }: { workspaceId: string; artefactId: string }) {
  const { t } = useTranslation();
  const { load } = useWorkspace(workspaceId);
  const workspace = load.state === 'loaded' ? load.workspace : null;
  const found = workspace?.artefacts.find((a) => a.id === artefactId) ?? null;
  const artefact = found && found.access !== 'none' ? found : null;
  const me = useUser();
  const [status, setStatus] = useState('');
  // Versions others (or the server) took while the page is open are said politely; one's own are said by the form that made them.
  const versions = useVersions(artefact?.id ?? null, (arrived) => {
    const others = arrived.filter((version) => version.author?.id !== me?.id);
    if (others.length > 0) setStatus(others.map((version) => t('history.list.arrived', { title: versionTitle(t, version) })).join(' '));
  });
  const [panel, setPanel] = useState<Panel>(null);
  const [restoring, setRestoring] = useState<Version | null>(null);
  const [publishing, setPublishing] = useState<Version | null>(null);
  usePageTitle(artefact ? `${t('history.heading', { title: artefactTitle(t, artefact) })}: ${workspace!.name}` : load.state === 'loading' ? t('loading') : t('history.notFound'));

  if (load.state === 'loading') return <PageHeading>{t('loading')}</PageHeading>;
  if (!workspace || !artefact) {
    return (
      <div className="narrow">
        <PageHeading>{t('history.notFound')}</PageHeading>
        <p>{load.state === 'failed' && load.error.status !== 404 ? apiErrorMessage(t, load.error) : t('history.notFoundLead')}</p>
        <p>
          <Link to={workspace ? paths.workspace(workspace.id) : paths.home}>{workspace ? workspace.name : t('workspace.backToList')}</Link>
        </p>
      </div>
    );
  }

  const canManage = workspace.role === 'commissioner';
  const afterChange = async (message: string) => {
    await versions.reload();
    setStatus(message);
  };

  return (
    <div className="history">
      <p className="breadcrumb">
        <Link to={paths.workspace(workspace.id)}>{workspace.name}</Link>
        {' › '}
        <Link to={artefactPath(workspace.id, artefact)}>{artefactTitle(t, artefact)}</Link>
      </p>
      <PageHeading>{t('history.heading', { title: artefactTitle(t, artefact) })}</PageHeading>
      <p className="lead">{t('history.lead')}</p>
      <p role="status" className="success-message">
        {status}
      </p>
      {artefact.access === 'edit' ? (
        <NameVersionForm artefactId={artefact.id} onNamed={(version) => afterChange(t('history.name.saved', { number: version.number, label: version.label }))} />
      ) : null}
      {versions.load.state === 'loading' ? <p className="loading">{t('loading')}</p> : null}
      {versions.load.state === 'failed' ? <p className="notice notice--error">{apiErrorMessage(t, versions.load.error)}</p> : null}
      {versions.load.state === 'loaded' ? (
        <>
          <VersionList
            artefactId={artefact.id}
            kind={artefact.kind}
            versions={versions.load.versions}
            canManage={canManage}
            onView={(number) => setPanel({ show: 'version', number })}
            onRestore={setRestoring}
            onPublish={setPublishing}
          />
          <CompareForm versions={versions.load.versions} onCompare={(from, to) => setPanel({ show: 'diff', from, to })} />
        </>
      ) : null}
      {panel?.show === 'diff' ? <DiffPanel artefactId={artefact.id} kind={artefact.kind} from={panel.from} to={panel.to} /> : null}
      {panel?.show === 'version' ? <VersionView artefactId={artefact.id} kind={artefact.kind} number={panel.number} /> : null}
      {canManage ? (
        <>
          <RestoreDialog
            artefactId={artefact.id}
            version={restoring}
            onCancel={() => setRestoring(null)}
            onRestored={async (restored, from) => {
              setRestoring(null);
              await afterChange(t('history.restore.done', { number: from, newNumber: restored.number }));
            }}
          />
          <PublishDialog
            artefactId={artefact.id}
            version={publishing}
            onCancel={() => setPublishing(null)}
            onPublished={async (published, from) => {
              setPublishing(null);
              await afterChange(t('history.publish.done', { number: from, newNumber: published.number }));
            }}
          />
        </>
      ) : null}
    </div>
  );
}

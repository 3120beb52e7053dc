import { useTranslation } from 'react-i18next';
import { AuditTrailLink } from '../audit/AuditTrailLink.tsx';
import { CallsSection } from '../calls/manage/CallsSection.tsx';
import { Link } from '../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { paths } from '../routing/routes.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { WorkshopsSection } from '../workshops/WorkshopsSection.tsx';
import { ArtefactsSection } from './ArtefactsSection.tsx';
import { InviteSection } from './InviteSection.tsx';
import { MembersSection } from './MembersSection.tsx';
import { useWorkspace } from './useWorkspace.ts';
import { WorkspaceDetailsEditor } from './WorkspaceDetailsEditor.tsx';
import { WorkspaceFacts } from './WorkspaceFacts.tsx';

/** /workspaces/:id — what the workspace is, its documents and people; for commissioners, the controls to run it. */
export function WorkspacePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { load, reload } = useWorkspace(id);
  const workspace = load.state === 'loaded' ? load.workspace : null;
  usePageTitle(workspace ? workspace.name : load.state === 'failed' ? t('workspace.notFound') : t('loading'));

  if (load.state === 'loading') {
    return (
      <>
        <PageHeading>{t('loading')}</PageHeading>
      </>
    );
  }
  if (load.state === 'failed') {
    return (
      <div className="narrow">
        <PageHeading>{load.error.status === 404 ? t('workspace.notFound') : t('workspace.loadFailed')}</PageHeading>
        <p>{load.error.status === 404 ? t('workspace.notFoundLead') : apiErrorMessage(t, load.error)}</p>
        <p>
          <Link to={paths.home}>{t('workspace.backToList')}</Link>
        </p>
      </div>
    );
  }

  const { workspace: ws } = load;
  const manages = ws.role === 'commissioner';
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.home}>{t('workspace.backToList')}</Link>
      </p>
      <PageHeading>{ws.name}</PageHeading>
      <WorkspaceFacts workspace={ws} />
      {manages ? <AuditTrailLink workspaceId={ws.id} /> : null}
      {manages ? <WorkspaceDetailsEditor workspace={ws} onSaved={reload} /> : null}
      <div className="workspace-grid">
        <ArtefactsSection workspace={ws} onChanged={reload} />
        <MembersSection workspace={ws} onChanged={reload} />
      </div>
      <CallsSection workspace={ws} />
      {manages ? (
        <>
          <WorkshopsSection workspaceId={ws.id} />
          <InviteSection workspaceId={ws.id} />
        </>
      ) : null}
    </>
  );
}

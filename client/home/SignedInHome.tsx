import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/apiClient.ts';
import { listWorkspaces } from '../api/endpoints.ts';
import type { User, WorkspaceSummary } from '../api/types.ts';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { CreateWorkspaceForm } from '../workspaces/CreateWorkspaceForm.tsx';
import { WorkspaceList } from '../workspaces/WorkspaceList.tsx';

/** "Your workspaces", and for account holders a form to create one. */
export function SignedInHome({ user }: { user: User }) {
  const { t } = useTranslation();
  const guest = user.kind === 'guest';
  const heading = guest ? t('home.yourWorkspace') : t('home.yourWorkspaces');
  usePageTitle(heading);
  const [workspaces, setWorkspaces] = useState<WorkspaceSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setWorkspaces((await listWorkspaces()).workspaces);
      setProblem(null);
    } catch (error) {
      if (error instanceof ApiError) setProblem(apiErrorMessage(t, error));
      else throw error;
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <p className="lead">{t('home.signedInLead', { name: user.displayName })}</p>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : workspaces === null ? (
        <p role="status">{t('loading')}</p>
      ) : workspaces.length === 0 ? (
        <p>{guest ? t('home.noWorkspaceGuest') : t('home.noWorkspaces')}</p>
      ) : (
        <WorkspaceList workspaces={workspaces} />
      )}
      <p role="status" className="success-message">
        {created ? t('home.workspaceCreated', { name: created }) : ''}
      </p>
      {guest ? null : (
        <section className="panel section" aria-labelledby="new-workspace-heading">
          <h2 id="new-workspace-heading">{t('newWorkspace.heading')}</h2>
          <p>{t('newWorkspace.lead')}</p>
          <CreateWorkspaceForm
            onCreated={(workspace) => {
              setCreated(workspace.name);
              void load();
            }}
          />
        </section>
      )}
    </>
  );
}

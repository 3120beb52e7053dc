import { useTranslation } from 'react-i18next';
import { createWorkspaceRequest } from '../../shared/schemas/workspace.ts';
import { createWorkspace } from '../api/endpoints.ts';
import type { WorkspaceSummary } from '../api/types.ts';
import { WorkspaceDetailsForm, type WorkspaceDetailsDraft } from './WorkspaceDetailsForm.tsx';

/** A new workspace starts with no model chosen, at the first stage of the cycle. */
const EMPTY: WorkspaceDetailsDraft = { name: '', model: '', zones: '', quadrant: 'analyse' };

/** Name, commissioning model, zones and stage of the cycle; the creator becomes its commissioner. */
export function CreateWorkspaceForm({ onCreated }: { onCreated(workspace: WorkspaceSummary): void }) {
  const { t } = useTranslation();
  return (
    <WorkspaceDetailsForm
      formId="new-workspace"
      labelledBy="new-workspace-heading"
      initial={EMPTY}
      submitLabel={t('newWorkspace.submit')}
      schema={createWorkspaceRequest}
      send="all"
      resetAfterSubmit
      submit={async (body) => {
        const { workspace } = await createWorkspace(body);
        onCreated(workspace);
      }}
    />
  );
}

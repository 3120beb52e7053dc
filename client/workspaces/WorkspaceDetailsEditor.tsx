import { useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { updateWorkspaceRequest } from '../../shared/schemas/workspace.ts';
import { updateWorkspace } from '../api/endpoints.ts';
import type { WorkspaceDetail } from '../api/types.ts';
import { WorkspaceDetailsForm } from './WorkspaceDetailsForm.tsx';

/** What to announce, kept untranslated so it follows a change of language. */
type News = (t: TFunction) => string;

const PANEL_ID = 'edit-workspace-panel';
const HEADING_ID = 'edit-workspace-heading';

interface WorkspaceDetailsEditorProps {
  workspace: WorkspaceDetail;
  /** After a save: load the workspace again, so the heading and facts show the new details. */
  onSaved(): Promise<void>;
}

/**
 * For commissioners, under the facts: a disclosure with the workspace's details
 * to change as the programme moves on (most often to the next stage of the cycle).
 * Only the fields that changed are sent; focus returns to the button afterwards.
 */
export function WorkspaceDetailsEditor({ workspace, onSaved }: WorkspaceDetailsEditorProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [news, setNews] = useState<News | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // The form's buttons go away with it: focus returns to the button that opened it.
  const close = (message: News | null) => {
    setOpen(false);
    setNews(() => message);
    toggle.current?.focus();
  };

  return (
    <div className="workspace-details">
      <button
        ref={toggle}
        type="button"
        className="button button--small"
        aria-expanded={open}
        // Only while the form exists: a reference to nothing is an error for assistive technology.
        aria-controls={open ? PANEL_ID : undefined}
        onClick={() => {
          setNews(null);
          setOpen((was) => !was);
        }}
      >
        {t('workspaceDetails.edit')}
      </button>
      <p role="status" className="success-message">
        {news ? news(t) : ''}
      </p>
      {open ? (
        <div id={PANEL_ID} className="form--boxed workspace-details__panel">
          <h2 id={HEADING_ID}>{t('workspaceDetails.heading')}</h2>
          <p>{t('workspaceDetails.lead')}</p>
          <WorkspaceDetailsForm
            formId="edit-workspace"
            labelledBy={HEADING_ID}
            initial={{ name: workspace.name, model: workspace.model, zones: workspace.zones.join(', '), quadrant: workspace.quadrant }}
            submitLabel={t('workspaceDetails.save')}
            schema={updateWorkspaceRequest}
            send="changed"
            submit={async (body) => {
              await updateWorkspace(workspace.id, body);
              await onSaved();
              close((tr) => tr('workspaceDetails.saved'));
            }}
            onCancel={() => close(null)}
            onUnchanged={() => close((tr) => tr('workspaceDetails.unchanged'))}
          />
        </div>
      ) : null}
    </div>
  );
}

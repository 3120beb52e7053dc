import { useEffect, useMemo, useState } from 'react';
import { EditorContent, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { presenceColour } from '../../shared/presenceColour.ts';
import { specificationTemplate } from '../../shared/specification/templates.ts';
import type { Artefact, WorkspaceDetail } from '../api/types.ts';
import { useUser } from '../auth/SessionContext.tsx';
import { ConnectionStatus } from '../collab/ConnectionStatus.tsx';
import { useShowOthers } from '../collab/useShowOthers.ts';
import { useSyncStatus } from '../collab/useSyncStatus.ts';
import { useYjsRoom } from '../collab/useYjsRoom.ts';
import type { YjsRoom } from '../collab/yjsRoom.ts';
import { SpecificationComments } from './comments/SpecificationComments.tsx';
import { EditorToolbar } from './EditorToolbar.tsx';
import { LinkForm } from './LinkForm.tsx';
import { OutcomeFrameworkProvider } from './outcomeRefs/frameworkContext.tsx';
import { OutcomePicker } from './outcomeRefs/OutcomePicker.tsx';
import { OutcomeRefButton } from './outcomeRefs/OutcomeRefButton.tsx';
import { SpecificationPresence } from './SpecificationPresence.tsx';
import { TableOfContents } from './TableOfContents.tsx';
import { useSpecificationEditor, type EditorUser } from './useSpecificationEditor.ts';
import { BilingualSpecification } from './bilingual/BilingualSpecification.tsx';

interface Props {
  workspace: WorkspaceDetail;
  artefact: Artefact;
}

/** One specification, live: connection state, then the document once its room exists. */
export function SpecificationEditor({ workspace, artefact }: Props) {
  const { t } = useTranslation();
  const room = useYjsRoom(artefact.room);
  const status = useSyncStatus(room);
  const me = useUser();
  const editable = artefact.access === 'edit';
  // Our entry as the server will stamp it for everyone else (it overrides whatever we claim).
  const user: EditorUser | null = useMemo(() => (me ? { id: me.id, name: me.displayName, role: workspace.role, colour: presenceColour(me.id) } : null), [me, workspace.role]);

  // Unsent changes are kept while the tab is open; warn before closing it.
  useEffect(() => {
    if (status.unsent === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [status.unsent]);

  return (
    <div className="specification">
      <ConnectionStatus id="specification-status" status={status} onRetry={() => room?.sync.retry()} />
      {!editable ? <p className="notice">{t(artefact.access === 'comment' ? 'specification.readOnlyComment' : 'specification.readOnly')}</p> : null}
      <OutcomeFrameworkProvider workspace={workspace}>
        {room && user ? <SpecificationDocument key={room.name} room={room} artefactId={artefact.id} user={user} editable={editable} workspace={workspace} synced={status.phase !== 'connecting'} /> : null}
      </OutcomeFrameworkProvider>
    </div>
  );
}

interface DocumentProps {
  room: YjsRoom;
  artefactId: string;
  user: EditorUser;
  editable: boolean;
  workspace: WorkspaceDetail;
  synced: boolean;
}

function SpecificationDocument({ room, artefactId, user, editable, workspace, synced }: DocumentProps) {
  const { t, i18n } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  const [pickerOpen, setPickerOpen] = useState(false);
  // The same remembered choice as the outcome page's: others' carets on or off on this device.
  const [showOthers, setShowOthers] = useShowOthers();
  const editor = useSpecificationEditor({ room, editable, user, label: t('specification.documentLabel') });
  const empty = useEditorState({ editor, selector: ({ editor: current }) => current?.isEmpty ?? false });
  if (!editor) return null;

  const startFromTemplate = () => {
    editor.chain().setContent(specificationTemplate(workspace.model, i18n.language === 'cy' ? 'cy' : 'en')).focus('start').run();
  };

  return (
    <>
      <SpecificationPresence awareness={room.provider.awareness} showOthers={showOthers} onShowOthers={setShowOthers} />
      <div className="spec-layout">
        <TableOfContents editor={editor} />
        <div className="spec-main">
          {synced && empty ? (
            <div className="empty-state">
              <p>{t(editable ? 'specification.empty.lead' : 'specification.empty.readerLead')}</p>
              {editable ? (
                <button type="button" className="button button--secondary" onClick={startFromTemplate}>
                  {t('specification.empty.template', { model: t(`models.${workspace.model}.name` as 'models.1.name') })}
                </button>
              ) : null}
            </div>
          ) : null}
          <BilingualSpecification room={room} english={editor} editable={editable} model={workspace.model}>
            {editable ? (
              <EditorToolbar editor={editor} linkOpen={linkOpen} onLink={() => setLinkOpen((was) => !was)}>
                <OutcomeRefButton open={pickerOpen} onToggle={() => setPickerOpen((was) => !was)} />
              </EditorToolbar>
            ) : null}
            {editable && linkOpen ? <LinkForm editor={editor} onClose={() => setLinkOpen(false)} /> : null}
            {editable && pickerOpen ? <OutcomePicker editor={editor} onClose={() => setPickerOpen(false)} /> : null}
            {/* lang on the wrapper: the editor's own attributes are set in useSpecificationEditor, and its text is the English. */}
            <EditorContent editor={editor} lang="en" className={showOthers ? 'spec-editor' : 'spec-editor spec-editor--others-hidden'} />
          </BilingualSpecification>
        </div>
        {/* Everyone with view access sees the threads; only comment access can add to them. */}
        <SpecificationComments editor={editor} artefactId={artefactId} workspace={workspace} />
      </div>
    </>
  );
}

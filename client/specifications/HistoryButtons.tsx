import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { useUndoRedo } from './useUndoRedo.ts';

/**
 * Undo and redo of this person's own changes only (Yjs's undo manager never
 * takes back what others typed). The same commands answer Ctrl+Z, Ctrl+Y and
 * Ctrl+Shift+Z in the document (the Collaboration extension's shortcuts).
 */
export function HistoryButtons({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const { canUndo, canRedo } = useUndoRedo(editor);
  // Undo skips dispatching its own transaction (Yjs rewrites the document), so focus is handed back apart.
  const act = (command: () => boolean) => {
    command();
    editor.commands.focus();
  };
  return (
    <div className="spec-toolbar__group" role="group" aria-label={t('specEditorTools.history.label')}>
      <button type="button" className="spec-toolbar__button" disabled={!canUndo} aria-keyshortcuts="Control+Z" onClick={() => act(() => editor.commands.undo())}>
        {t('specEditorTools.history.undo')}
      </button>
      <button
        type="button"
        className="spec-toolbar__button"
        disabled={!canRedo}
        aria-keyshortcuts="Control+Y Control+Shift+Z"
        onClick={() => act(() => editor.commands.redo())}
      >
        {t('specEditorTools.history.redo')}
      </button>
    </div>
  );
}

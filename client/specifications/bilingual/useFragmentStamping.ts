import { useEffect } from 'react';
import type { Editor } from '@tiptap/react';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import type * as Y from 'yjs';
import { LANGUAGE_CHANGED, LanguageEditSession, type ContentLanguage } from '../../../shared/bilingual/languageMarker.ts';

/**
 * Stamps `side` of a specification each time this person changes it in
 * `editor` (typing, a template, a pasted table), never when the change came
 * from someone else (y-prosemirror marks those transactions as its own). The
 * stamp follows the text in the same tick, so the server stores and sends
 * them together. A run of edits lasts until the editor loses focus.
 */
export function useFragmentStamping(editor: Editor | null, doc: Y.Doc, side: ContentLanguage): void {
  useEffect(() => {
    if (!editor) return;
    const session = new LanguageEditSession(side);
    const stamps = doc.getMap<unknown>(LANGUAGE_CHANGED);
    const onUpdate = ({ transaction }: { transaction: Parameters<typeof isChangeOrigin>[0] }) => {
      if (!editor.isEditable || isChangeOrigin(transaction)) return;
      doc.transact(() => session.edit(stamps));
    };
    const onBlur = () => session.end();
    editor.on('update', onUpdate);
    editor.on('blur', onBlur);
    return () => {
      editor.off('update', onUpdate);
      editor.off('blur', onBlur);
    };
  }, [editor, doc, side]);
}

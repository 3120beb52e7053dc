import { useEffect } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Collaboration from '@tiptap/extension-collaboration';
import { TableKit } from '@tiptap/extension-table';
import { SPECIFICATION_FRAGMENTS } from '../../../shared/specification/languageFragments.ts';
import type { YjsRoom } from '../../collab/yjsRoom.ts';
import { useTranslation } from 'react-i18next';
import { EmptyHeaderCells } from '../emptyHeaderCells.ts';
import { isSafeLink } from '../linkSafety.ts';
import { OutcomeRef } from '../outcomeRefs/outcomeRefNode.ts';

function attributes(label: string, editable: boolean): Record<string, string> {
  return {
    lang: 'cy',
    'aria-label': label,
    'aria-multiline': 'true',
    role: 'textbox',
    'aria-readonly': String(!editable),
    // Read-only, it still takes focus so keyboard users can scroll and select.
    tabindex: '0',
    class: 'spec-document',
  };
}

/**
 * The Welsh text's editor, bound to its own fragment (`content_cy`) of the
 * same room. The same nodes as the English (so either can be exported the
 * same way), but none of the English editor's page-wide parts: heading
 * anchors and the toolbar shortcut use ids there is one of per page, comments
 * anchor in the English, and the awareness carries one caret per person.
 */
export function useWelshEditor({ room, editable, label }: { room: YjsRoom; editable: boolean; label: string }): Editor | null {
  const { i18n } = useTranslation();
  const editor = useEditor(
    {
      editable,
      shouldRerenderOnTransaction: false,
      extensions: [
        StarterKit.configure({
          // History is Yjs's, per user; the editor's own would undo others' work.
          undoRedo: false,
          heading: { levels: [2, 3, 4] },
          link: {
            openOnClick: false,
            autolink: true,
            protocols: ['mailto'],
            defaultProtocol: 'https',
            isAllowedUri: (url) => isSafeLink(url),
            shouldAutoLink: (url) => isSafeLink(url),
          },
        }),
        TableKit.configure({ table: { resizable: false } }),
        // An empty header cell is named in Welsh here, whatever the page's language: the text is lang=cy.
        EmptyHeaderCells.configure({ label: i18n.getFixedT('cy')('specEditorTools.table.emptyHeader') }),
        OutcomeRef,
        Collaboration.configure({ document: room.doc, field: SPECIFICATION_FRAGMENTS.cy }),
      ],
      editorProps: { attributes: attributes(label, editable) },
    },
    [room],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (editor.isEditable !== editable) editor.setEditable(editable);
    editor.setOptions({ editorProps: { attributes: attributes(label, editable) } });
  }, [editor, editable, label]);

  return editor;
}

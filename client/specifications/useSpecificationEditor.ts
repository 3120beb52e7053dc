import { useEffect } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { YjsRoom } from '../collab/yjsRoom.ts';
import { renderCaret, renderSelection } from './caret.ts';
import { CommentHighlights } from './comments/commentHighlights.ts';
import { specificationContentExtensions } from './contentExtensions.ts';
import { emptyHeaderKey } from './emptyHeaderCells.ts';
import { HeadingAnchors } from './headingAnchors.ts';
import { ENGLISH_TOOLBAR, toolbarKeyboardAttributes, ToolbarShortcut } from './toolbarShortcut.ts';

/** The Yjs fragment the specification lives in. The exporter reads this same name: do not change it. */
export const SPECIFICATION_FRAGMENT = 'content';

export interface EditorUser {
  id: string;
  name: string;
  role: string;
  colour: string;
}

interface Options {
  room: YjsRoom;
  editable: boolean;
  user: EditorUser;
  /** The accessible name of the document (the editor is a textbox). */
  label: string;
}

function documentAttributes(label: string, editable: boolean): Record<string, string> {
  return {
    'aria-label': label,
    'aria-multiline': 'true',
    role: 'textbox',
    'aria-readonly': String(!editable),
    // Read-only, it still takes focus so keyboard users can scroll and select.
    tabindex: '0',
    // Editors get the toolbar, and the words on reaching it (and leaving a table) with Alt+F10.
    ...toolbarKeyboardAttributes(ENGLISH_TOOLBAR, editable),
    class: 'spec-document',
  };
}

/**
 * A Tiptap editor bound to the room's document: everyone's edits live, others'
 * carets with their names, and undo that only takes back one's own changes
 * (the Collaboration extension's Yjs undo manager tracks local changes only).
 */
export function useSpecificationEditor({ room, editable, user, label }: Options): Editor | null {
  const { t } = useTranslation();
  const emptyHeader = t('specEditorTools.table.emptyHeader');
  const editor = useEditor(
    {
      editable,
      // Only re-render where asked (toolbar state, contents list), not on every keystroke.
      shouldRerenderOnTransaction: false,
      extensions: [
        ...specificationContentExtensions(emptyHeader),
        HeadingAnchors,
        CommentHighlights,
        ToolbarShortcut,
        Collaboration.configure({ document: room.doc, field: SPECIFICATION_FRAGMENT }),
        CollaborationCaret.configure({ provider: room.provider, user, render: renderCaret, selectionRender: renderSelection }),
      ],
      editorProps: { attributes: documentAttributes(label, editable) },
    },
    [room],
  );

  // Access and language can change while the editor lives: keep its state and name current.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (editor.isEditable !== editable) editor.setEditable(editable);
    editor.setOptions({ editorProps: { attributes: documentAttributes(label, editable) } });
  }, [editor, editable, label]);

  useEffect(() => {
    if (!editor || editor.isDestroyed || emptyHeaderKey.getState(editor.state) === emptyHeader) return;
    editor.view.dispatch(editor.state.tr.setMeta(emptyHeaderKey, emptyHeader));
  }, [editor, emptyHeader]);

  return editor;
}

import { useEffect } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import { SPECIFICATION_FRAGMENTS } from '../../../shared/specification/languageFragments.ts';
import type { YjsRoom } from '../../collab/yjsRoom.ts';
import { useTranslation } from 'react-i18next';
import { specificationContentExtensions } from '../contentExtensions.ts';
import { toolbarKeyboardAttributes, ToolbarShortcut, WELSH_TOOLBAR } from '../toolbarShortcut.ts';

function attributes(label: string, editable: boolean): Record<string, string> {
  return {
    lang: 'cy',
    'aria-label': label,
    'aria-multiline': 'true',
    role: 'textbox',
    'aria-readonly': String(!editable),
    // Read-only, it still takes focus so keyboard users can scroll and select.
    tabindex: '0',
    ...toolbarKeyboardAttributes(WELSH_TOOLBAR, editable),
    class: 'spec-document',
  };
}

/**
 * The Welsh text's editor, bound to its own fragment (`content_cy`) of the
 * same room. The same nodes as the English (so either can be exported the
 * same way) and a toolbar of its own (Alt+F10 reaches it), but not the
 * English editor's page-wide parts: heading anchors use ids there is one of
 * per page, comments anchor in the English, and the awareness carries one
 * caret per person.
 */
export function useWelshEditor({ room, editable, label }: { room: YjsRoom; editable: boolean; label: string }): Editor | null {
  const { i18n } = useTranslation();
  const editor = useEditor(
    {
      editable,
      shouldRerenderOnTransaction: false,
      extensions: [
        // An empty header cell is named in Welsh here, whatever the page's language: the text is lang=cy.
        ...specificationContentExtensions(i18n.getFixedT('cy')('specEditorTools.table.emptyHeader')),
        ToolbarShortcut.configure({ toolbarId: WELSH_TOOLBAR.toolbar }),
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

import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { EmptyHeaderCells } from './emptyHeaderCells.ts';
import { isSafeLink } from './linkSafety.ts';
import { OutcomeRef } from './outcomeRefs/outcomeRefNode.ts';

/**
 * The nodes and marks a specification's text is made of, the same for the
 * English and the Welsh editors (so either side exports the same way).
 * `emptyHeaderLabel` names an empty table header cell, in the text's language.
 */
export function specificationContentExtensions(emptyHeaderLabel: string): Extensions {
  return [
    StarterKit.configure({
      // History is Yjs's, per user; the editor's own would undo others' work.
      undoRedo: false,
      // The page's h1 is the specification's title: the document starts at h2.
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
    EmptyHeaderCells.configure({ label: emptyHeaderLabel }),
    OutcomeRef,
  ];
}

import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface HeadingEntry {
  id: string;
  level: number;
  text: string;
  /** Where the heading starts in the document, to put the caret there. */
  pos: number;
}

/** Every heading of the document in order, with the id its element gets below. */
export function headingsOf(doc: ProseMirrorNode): HeadingEntry[] {
  const entries: HeadingEntry[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'heading') return true;
    entries.push({ id: `spec-heading-${entries.length + 1}`, level: Number(node.attrs.level), text: node.textContent, pos });
    return false;
  });
  return entries;
}

/**
 * Gives each heading an id and tabindex="-1" as decorations (nothing stored in
 * the shared document), so the table of contents can link to a heading and
 * move focus to it even when the editor is read-only.
 */
export const HeadingAnchors = Extension.create({
  name: 'headingAnchors',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('headingAnchors'),
        props: {
          decorations: (state) =>
            DecorationSet.create(
              state.doc,
              headingsOf(state.doc).map((entry) => {
                const node = state.doc.nodeAt(entry.pos)!;
                return Decoration.node(entry.pos, entry.pos + node.nodeSize, { id: entry.id, tabindex: '-1' });
              }),
            ),
        },
      }),
    ];
  },
});

import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export const emptyHeaderKey = new PluginKey<string>('emptyHeaderCells');

/** Where the text of each header cell with no text at all starts. */
function emptyHeaderPositions(doc: ProseMirrorNode): number[] {
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'tableHeader') return true;
    const first = node.firstChild;
    if (node.childCount === 1 && first?.isTextblock && first.childCount === 0) positions.push(pos + 2);
    return false;
  });
  return positions;
}

/**
 * A new table's header row starts empty, and a header without words leaves
 * screen reader users with unnamed columns (axe: empty-table-header). Each
 * empty header cell shows “Empty heading” in muted words until someone writes
 * one: a decoration, so nothing is stored in the shared document. The words
 * are real text (not CSS content) so assistive technology reads them too.
 * The label lives in the plugin's state; a transaction with the plugin's meta
 * changes it when the page's language changes.
 */
export const EmptyHeaderCells = Extension.create<{ label: string }>({
  name: 'emptyHeaderCells',
  addOptions() {
    return { label: 'Empty heading' };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<string>({
        key: emptyHeaderKey,
        state: {
          init: () => this.options.label,
          apply: (tr, label) => (tr.getMeta(emptyHeaderKey) as string | undefined) ?? label,
        },
        props: {
          decorations: (state) => {
            const label = emptyHeaderKey.getState(state) ?? '';
            return DecorationSet.create(
              state.doc,
              emptyHeaderPositions(state.doc).map((pos) =>
                Decoration.widget(
                  pos,
                  () => {
                    const span = document.createElement('span');
                    span.className = 'spec-empty-header';
                    span.contentEditable = 'false';
                    span.textContent = label;
                    return span;
                  },
                  // Typed text goes after the words, which leave with the first letter.
                  { side: -1, key: `empty-header:${label}`, ignoreSelection: true },
                ),
              ),
            );
          },
        },
      }),
    ];
  },
});

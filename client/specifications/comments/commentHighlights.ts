import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { AnchorContext } from './anchors.ts';

/** A thread's range now, for highlighting. */
export interface HighlightRange {
  threadId: string;
  from: number;
  to: number;
  resolved: boolean;
  active: boolean;
}

const key = new PluginKey<DecorationSet>('commentHighlights');

/**
 * Comment ranges shown as decorations: never written to the document, so
 * highlighting is per person and a provider's view changes nothing. The ranges
 * come from the anchors (setCommentHighlights); between two of those updates the
 * decorations are mapped through each transaction so they stay on their text.
 */
export const CommentHighlights = Extension.create({
  name: 'commentHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const ranges = tr.getMeta(key) as HighlightRange[] | undefined;
            if (!ranges) return set.map(tr.mapping, tr.doc);
            const size = tr.doc.content.size;
            const decorations = ranges
              .filter((r) => r.from < r.to && r.to <= size)
              .map((r) =>
                Decoration.inline(r.from, r.to, {
                  class: `spec-comment${r.resolved ? ' spec-comment--resolved' : ''}${r.active ? ' spec-comment--active' : ''}`,
                  'data-thread': r.threadId,
                }),
              );
            return DecorationSet.create(tr.doc, decorations);
          },
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});

/** Replaces the highlighted ranges (a meta-only transaction: nothing reaches the document or Yjs). */
export function setCommentHighlights(editor: Editor, ranges: HighlightRange[]): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(key, ranges).setMeta('addToHistory', false));
}

/** The binding's Yjs document, fragment and mapping, once the Collaboration extension has bound them. */
export function anchorContextOf(editor: Editor): AnchorContext | null {
  if (editor.isDestroyed) return null;
  const sync = ySyncPluginKey.getState(editor.state) as { doc?: AnchorContext['doc']; type?: AnchorContext['fragment']; binding?: { mapping: AnchorContext['mapping'] } } | undefined;
  if (!sync?.doc || !sync.type || !sync.binding) return null;
  return { doc: sync.doc, fragment: sync.type, mapping: sync.binding.mapping };
}

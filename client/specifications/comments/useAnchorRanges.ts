import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { resolveAnchor, type ResolvedAnchor } from './anchors.ts';
import { anchorContextOf, setCommentHighlights } from './commentHighlights.ts';
import type { Thread } from './commentsApi.ts';

/** Resolving every anchor on every keystroke is wasted work; a short pause is enough to look live. */
const SETTLE_MS = 120;

/**
 * Where each thread's text is now (or that it is detached), recomputed from
 * the Yjs positions shortly after the document changes, locally or from
 * others, and pushed to the editor as highlights. Waiting a moment also lets
 * the binding finish writing a local change into Yjs before we read it.
 */
export function useAnchorRanges(editor: Editor, threads: Thread[], activeId: string | null): ReadonlyMap<string, ResolvedAnchor> {
  const [ranges, setRanges] = useState<ReadonlyMap<string, ResolvedAnchor>>(new Map());
  const shown = useRef('');

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recompute = () => {
      timer = undefined;
      const context = anchorContextOf(editor);
      if (!context) return;
      const next = new Map<string, ResolvedAnchor>();
      for (const thread of threads) next.set(thread.id, resolveAnchor(context, thread.anchor));
      setRanges((was) => (sameRanges(was, next) ? was : next));
      const highlights = threads.flatMap((thread) => {
        const at = next.get(thread.id);
        return at?.state === 'anchored' ? [{ threadId: thread.id, from: at.from, to: at.to, resolved: thread.status === 'resolved', active: thread.id === activeId }] : [];
      });
      // Only when they changed: each dispatch redraws the selection from the editor's state, which can
      // undo a keyboard selection the browser has made but ProseMirror has not read yet.
      const key = JSON.stringify(highlights);
      if (key === shown.current) return;
      shown.current = key;
      setCommentHighlights(editor, highlights);
    };
    const schedule = () => {
      if (timer === undefined) timer = setTimeout(recompute, SETTLE_MS);
    };
    recompute();
    editor.on('update', schedule);
    // The first sync arrives as a transaction too, but not always as an `update` before we subscribe.
    const ready = setTimeout(recompute, 500);
    return () => {
      editor.off('update', schedule);
      clearTimeout(ready);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [editor, threads, activeId]);

  return ranges;
}

function sameRanges(a: ReadonlyMap<string, ResolvedAnchor>, b: ReadonlyMap<string, ResolvedAnchor>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, x] of b) {
    const y = a.get(id);
    if (!y || y.state !== x.state || (x.state === 'anchored' && y.state === 'anchored' && (x.from !== y.from || x.to !== y.to))) return false;
  }
  return true;
}

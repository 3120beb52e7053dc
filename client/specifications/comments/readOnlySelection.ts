import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Selection, TextSelection } from '@tiptap/pm/state';

/**
 * Keyboard selection in a read-only document. The browser gives a
 * non-editable element no caret, so without this a keyboard user with comment
 * access (a provider, say) could never select the text they want to comment
 * on. Left and Right move a position, with Shift they extend the selection;
 * Home and End go to the start and end of the paragraph. Up and Down are left
 * alone: they scroll. Returns whether it handled the key.
 */
export function handleReadOnlySelectionKey(editor: Editor, event: KeyboardEvent): boolean {
  if (editor.isEditable || event.altKey || event.metaKey || event.ctrlKey) return false;
  const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
  if (!keys.includes(event.key)) return false;
  const { state, view } = editor;
  const { doc } = state;
  const { anchor, head } = state.selection;
  let next: number;
  if (event.key === 'Home' || event.key === 'End') {
    const $head = doc.resolve(head);
    if (!$head.parent.inlineContent) return false;
    next = event.key === 'Home' ? $head.start() : $head.end();
  } else {
    next = step(doc, head, event.key === 'ArrowRight' ? 1 : -1);
  }
  const selection = TextSelection.between(doc.resolve(event.shiftKey ? anchor : next), doc.resolve(next));
  view.dispatch(state.tr.setSelection(selection).scrollIntoView());
  drawReadOnlySelection(editor);
  event.preventDefault();
  return true;
}

/** ProseMirror draws the selection only into a read-only view that already holds the browser's: put it there. */
export function drawReadOnlySelection(editor: Editor): void {
  if (editor.isEditable) return;
  const { view } = editor;
  const { anchor, head } = editor.state.selection;
  try {
    const from = view.domAtPos(anchor);
    const to = view.domAtPos(head);
    window.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  } catch {
    // A position with no DOM counterpart yet: the editor's own selection still holds.
  }
}

/** One character on, into the next paragraph at a paragraph's edge. */
function step(doc: PMNode, pos: number, dir: 1 | -1): number {
  const target = Math.max(0, Math.min(doc.content.size, pos + dir));
  const $target = doc.resolve(target);
  if ($target.parent.inlineContent) return target;
  return Selection.findFrom($target, dir, true)?.head ?? pos;
}

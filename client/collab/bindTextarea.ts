import type * as Y from 'yjs';
import { diffText, shiftPosition } from './textDiff.ts';

/**
 * The origin of every local edit made through a bound field: one class, so an
 * UndoManager can track all of a person's own typing (and nobody else's).
 */
export class TextareaEdit {}

/**
 * Keeps a plain <textarea> and a Y.Text equal in both directions.
 * Local typing becomes one minimal delete+insert transaction; remote changes
 * rewrite the value and move the caret and selection along with the text, so
 * someone typing above you does not make your caret jump.
 * `onLocalEdit` runs inside each local edit's transaction (a bilingual field
 * stamps its language there, so text and stamp reach others together); remote
 * changes never call it.
 * Returns the function that undoes the binding.
 */
export function bindTextarea(textarea: HTMLTextAreaElement | HTMLInputElement, ytext: Y.Text, onLocalEdit?: () => void): () => void {
  const doc = ytext.doc;
  if (!doc) throw new Error('bindTextarea needs a Y.Text that belongs to a document');
  // Our own origin, so the observer can skip what the textarea already shows.
  const origin = new TextareaEdit();
  textarea.value = ytext.toString();

  const onInput = () => {
    const change = diffText(ytext.toString(), textarea.value, textarea.selectionEnd ?? textarea.value.length);
    if (!change) return;
    doc.transact(() => {
      if (change.remove > 0) ytext.delete(change.index, change.remove);
      if (change.insert.length > 0) ytext.insert(change.index, change.insert);
      onLocalEdit?.();
    }, origin);
  };

  const onChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
    if (transaction.origin === origin) return;
    const next = ytext.toString();
    const focused = textarea.ownerDocument.activeElement === textarea;
    const { selectionStart, selectionEnd, selectionDirection, scrollTop } = textarea;
    textarea.value = next;
    // Setting a selection can steal focus in some browsers; only keep one the person has.
    if (focused) {
      const clamp = (n: number) => Math.min(Math.max(n, 0), next.length);
      textarea.setSelectionRange(
        clamp(shiftPosition(selectionStart ?? 0, event.delta)),
        clamp(shiftPosition(selectionEnd ?? 0, event.delta)),
        selectionDirection ?? undefined,
      );
    }
    textarea.scrollTop = scrollTop;
  };

  textarea.addEventListener('input', onInput);
  ytext.observe(onChange);
  return () => {
    textarea.removeEventListener('input', onInput);
    ytext.unobserve(onChange);
  };
}

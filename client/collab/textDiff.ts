/** One contiguous replacement: remove `remove` UTF-16 units at `index`, then insert `insert`. */
export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The smallest single replacement turning `before` into `after` (common prefix
 * and suffix). `caret`, the caret position in `after`, settles ambiguous cases
 * like typing "a" inside "aa": the change is placed where the person typed,
 * so other people's carets around it stay on the right characters.
 * Never splits a surrogate pair, so an emoji is never half-deleted.
 */
export function diffText(before: string, after: string, caret = after.length): TextChange | null {
  if (before === after) return null;
  const grown = Math.max(0, after.length - before.length);
  const prefixLimit = Math.max(0, Math.min(before.length, after.length, caret - grown));
  let start = 0;
  while (start < prefixLimit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;

  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { index: start, remove: endBefore - start, insert: after.slice(start, endAfter) };
}

type DeltaOp = { insert?: unknown; retain?: number; delete?: number };

/**
 * Where a position in the old text lands after a remote change (a Yjs delta).
 * Text inserted exactly at the position goes after it: your caret stays put
 * while someone else types where you are.
 */
export function shiftPosition(position: number, delta: readonly DeltaOp[]): number {
  let oldIndex = 0;
  let result = position;
  for (const op of delta) {
    if (oldIndex >= position) break;
    if (op.retain !== undefined) {
      oldIndex += op.retain;
    } else if (op.delete !== undefined) {
      result -= Math.min(op.delete, position - oldIndex);
      oldIndex += op.delete;
    } else if (op.insert !== undefined) {
      result += typeof op.insert === 'string' ? op.insert.length : 1;
    }
  }
  return result;
}

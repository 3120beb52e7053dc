import * as Y from 'yjs';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * Comment anchors: where a thread sits in the specification. Stored as Yjs
 * relative positions (not ProseMirror offsets), so the range follows everyone's
 * concurrent edits; the quoted text is kept for when that range is deleted.
 * Pure (no editor): the unit tests run it over bare Y.Docs.
 */

/** As the server stores it (opaque there): JSON-encoded Y.RelativePositions, a format version and the quote. */
export interface StoredAnchor {
  v: 1;
  start: unknown;
  end: unknown;
  quote: string;
}

/** What the y-prosemirror binding keeps: the document, its fragment and the Yjs-type → ProseMirror-node mapping. */
export interface AnchorContext {
  doc: Y.Doc;
  fragment: Y.XmlFragment;
  mapping: Map<Y.AbstractType<unknown>, PMNode | PMNode[]>;
}

/** The longest quote the server accepts is 2000 characters; a longer selection is shortened. */
export const QUOTE_MAX = 2000;

export function quoteOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1)}…` : flat;
}

/** The anchor for the ProseMirror range from..to. */
export function anchorFromRange(context: AnchorContext, from: number, to: number, quote: string): StoredAnchor {
  const { fragment, mapping } = context;
  const mapped = mapping as Parameters<typeof absolutePositionToRelativePosition>[2];
  const start = absolutePositionToRelativePosition(from, fragment, mapped) as Y.RelativePosition;
  const end = absolutePositionToRelativePosition(to, fragment, mapped) as Y.RelativePosition;
  // The start sticks to the first quoted character (assoc 0: the item to its right), so text typed just
  // before the range stays outside it; the end sticks to the last quoted character (assoc -1), likewise.
  const startAtChar = withAssoc(start, 0, context);
  return { v: 1, start: Y.relativePositionToJSON(startAtChar), end: Y.relativePositionToJSON(end), quote: quoteOf(quote) };
}

/**
 * A relative position in a text node made from type and index, but with the
 * association we want. y-prosemirror always makes assoc -1 (stick to the left
 * character); for the start we rebuild it from the same type and index.
 */
function withAssoc(position: Y.RelativePosition, assoc: number, context: AnchorContext): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, context.doc);
  if (!absolute || !(absolute.type instanceof Y.XmlText)) return position;
  return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, assoc);
}

export type ResolvedAnchor = { state: 'anchored'; from: number; to: number } | { state: 'detached' };

/** Where the anchor is now, or detached: unreadable, outside this document, or its text all deleted. */
export function resolveAnchor(context: AnchorContext, anchor: unknown): ResolvedAnchor {
  if (!isStoredAnchor(anchor)) return { state: 'detached' };
  const { doc, fragment, mapping } = context;
  const mapped = mapping as Parameters<typeof relativePositionToAbsolutePosition>[3];
  try {
    const from = relativePositionToAbsolutePosition(doc, fragment, Y.createRelativePositionFromJSON(anchor.start), mapped);
    const to = relativePositionToAbsolutePosition(doc, fragment, Y.createRelativePositionFromJSON(anchor.end), mapped);
    if (from === null || to === null || to <= from) return { state: 'detached' };
    return { state: 'anchored', from, to };
  } catch {
    // Malformed JSON from another client must not break the page: show the thread as detached.
    return { state: 'detached' };
  }
}

export function isStoredAnchor(value: unknown): value is StoredAnchor {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return typeof a.quote === 'string' && typeof a.start === 'object' && a.start !== null && typeof a.end === 'object' && a.end !== null;
}

export function quoteFromAnchor(value: unknown): string {
  return typeof value === 'object' && value !== null && typeof (value as { quote?: unknown }).quote === 'string' ? (value as { quote: string }).quote : '';
}

import { useCallback, useRef } from 'react';
import type * as Y from 'yjs';
import { copyNodes, LOCAL_ORIGIN, pasteNodes } from '../../../shared/maps/mapDoc.ts';
import type { MapClipboard } from '../../../shared/maps/mapTypes.ts';

/** Pasted nodes land this far below and right of the originals, so both can be seen. */
const PASTE_OFFSET = { x: 40, y: 40 };

/**
 * Copy and paste of nodes (with the edges among them). Copy writes JSON to the
 * system clipboard when the browser allows it (so it pastes into another map
 * or tab) and always keeps an in-memory copy: reading the system clipboard
 * needs a permission prompt, so a paste in this tab uses the memory, and a
 * paste event from elsewhere (Ctrl+V with something copied in another tab)
 * reads the event's own data, which needs no permission.
 */
export function useMapClipboard(doc: Y.Doc | null, onPasted: (ids: string[]) => void) {
  const memory = useRef<MapClipboard | null>(null);

  const copy = useCallback((ids: string[]) => {
    if (!doc || ids.length === 0) return false;
    const clip = copyNodes(doc, ids);
    memory.current = clip;
    navigator.clipboard?.writeText(JSON.stringify(clip)).catch(() => {
      // Not allowed here (no focus, no secure context): the in-memory copy still pastes in this tab.
    });
    return true;
  }, [doc]);

  const pasteFrom = useCallback((clip: unknown) => {
    if (!doc || !clip) return false;
    const ids = pasteNodes(doc, clip, PASTE_OFFSET, LOCAL_ORIGIN);
    if (ids.length === 0) return false;
    onPasted(ids);
    return true;
  }, [doc, onPasted]);

  /** Ctrl+V: what this tab copied last, if anything. */
  const pasteRemembered = useCallback(() => pasteFrom(memory.current), [pasteFrom]);

  /** A paste event's text, if it is a map clipboard (copied in another tab or map); pasteNodes checks it. */
  const pasteText = useCallback((text: string) => pasteFrom(text), [pasteFrom]);

  return { copy, pasteRemembered, pasteText };
}

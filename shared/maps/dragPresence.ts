import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { LOCAL_ORIGIN, moveNode } from './mapDoc.ts';
import type { DragPresence } from './mapTypes.ts';

/**
 * Drags go over awareness, the drop goes into the document. Writing every
 * drag frame into the Y.Doc would store each one in the update log forever
 * (it is the audit trail and is never trimmed) and make every editor apply
 * hundreds of updates per drag; awareness is passing state that is never
 * stored, so others still see the node move live.
 */
export const DRAG_FIELD = 'drag';

export interface DragBroadcaster {
  /** One frame of a drag: shown to others, not stored. */
  drag(nodeId: string, x: number, y: number): void;
  /** The end of a drag: one write of the final position (and its lane), then the drag is over for others. */
  drop(nodeId: string, x: number, y: number): void;
  /** A drag given up (Escape, pointer lost): nothing is written. */
  cancel(): void;
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function createDragBroadcaster(awareness: Awareness, doc: Y.Doc): DragBroadcaster {
  let last: DragPresence | null = null;
  const share = (drag: DragPresence | null) => {
    if (drag === last || (drag && last && drag.nodeId === last.nodeId && drag.x === last.x && drag.y === last.y)) return;
    last = drag;
    awareness.setLocalStateField(DRAG_FIELD, drag);
  };
  return {
    drag(nodeId, x, y) {
      if (finite(x) && finite(y)) share({ nodeId, x, y });
    },
    drop(nodeId, x, y) {
      // The document first: a peer that sees the drag end already has, or is about to get, the position it ended at.
      if (finite(x) && finite(y)) moveNode(doc, nodeId, { x, y }, LOCAL_ORIGIN);
      share(null);
    },
    cancel() {
      share(null);
    },
  };
}

/** What others are dragging right now, by their awareness client id; malformed entries are ignored. */
export function remoteDrags(awareness: Awareness): Map<number, DragPresence> {
  const drags = new Map<number, DragPresence>();
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const drag = (state as Record<string, unknown> | null)?.[DRAG_FIELD] as Partial<DragPresence> | null | undefined;
    if (!drag || typeof drag.nodeId !== 'string' || drag.nodeId.length > 100 || !finite(drag.x) || !finite(drag.y)) continue;
    drags.set(clientId, { nodeId: drag.nodeId, x: drag.x, y: drag.y });
  }
  return drags;
}

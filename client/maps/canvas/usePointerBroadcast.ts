import { useEffect, useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Awareness } from 'y-protocols/awareness';

/** At most this often, so a moving mouse does not flood the room with awareness updates. */
const POINTER_INTERVAL_MS = 50;

/** Shares this person's pointer on the map (flow coordinates, so it lands right at anyone's zoom). */
export function usePointerBroadcast(awareness: Awareness | null) {
  const { screenToFlowPosition } = useReactFlow();
  const handlers = useMemo(() => {
    let last = 0;
    let pending: ReturnType<typeof setTimeout> | null = null;
    let latest: { x: number; y: number } | null = null;
    const send = () => {
      pending = null;
      last = Date.now();
      awareness?.setLocalStateField('pointer', latest);
    };
    return {
      move(event: React.PointerEvent) {
        if (!awareness) return;
        const { x, y } = screenToFlowPosition({ x: event.clientX, y: event.clientY });
        latest = { x: Math.round(x), y: Math.round(y) };
        const wait = POINTER_INTERVAL_MS - (Date.now() - last);
        if (wait <= 0) send();
        else pending ??= setTimeout(send, wait);
      },
      leave() {
        if (pending) clearTimeout(pending);
        pending = null;
        latest = null;
        awareness?.setLocalStateField('pointer', null);
      },
    };
  }, [awareness, screenToFlowPosition]);
  useEffect(() => () => handlers.leave(), [handlers]);
  return handlers;
}

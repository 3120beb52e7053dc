import { useCallback, useEffect, useRef, useState, type FocusEvent } from 'react';
import type { MapSnapshot } from '../../../shared/maps/mapTypes.ts';
import type { Announcement } from './listContext.ts';
import { listIds } from './listIds.ts';
import { nodeName } from './nodeName.ts';

/**
 * Where keyboard focus goes in the list view. Focus asked for by an action
 * (the item just added or moved) is given once that element has rendered.
 * And when someone else removes the item a person is working in, focus would
 * fall to the page's start without a word: it goes to that stage's heading
 * instead, and they are told why.
 */
export function useListFocus(snapshot: MapSnapshot, announce: (message: Announcement) => void) {
  const pending = useRef<string | null>(null);
  const [request, setRequest] = useState(0);
  const focusedNode = useRef<MapSnapshot['nodes'][number] | null>(null);

  const focusWhenShown = useCallback((elementId: string) => {
    pending.current = elementId;
    setRequest((n) => n + 1);
  }, []);

  /** For the list's root onFocus: remembers which item focus is in (as it was then, to name it if it goes). */
  const onFocusIn = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const id = (event.target as HTMLElement).closest('[data-node-id]')?.getAttribute('data-node-id');
      focusedNode.current = snapshot.nodes.find((node) => node.id === id) ?? null;
    },
    [snapshot],
  );

  useEffect(() => {
    const id = pending.current;
    if (id) {
      const element = document.getElementById(id);
      if (element) {
        element.focus();
        pending.current = null;
      }
      return;
    }
    const lost = focusedNode.current;
    if (!lost || snapshot.nodes.some((node) => node.id === lost.id)) return;
    focusedNode.current = null;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    document.getElementById(listIds.stageHeading(lost.stage))?.focus();
    announce((t) => t('mapList.status.removedByOther', { label: nodeName(t, lost) }));
  }, [snapshot, request, announce]);

  return { focusWhenShown, onFocusIn };
}

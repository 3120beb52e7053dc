import { useEffect, useState } from 'react';
import type { OutcomeValues } from '../../shared/outcomes/outcomeDoc.ts';
import { collabServerUrl } from '../collab/collabLocation.ts';
import { useSyncStatus } from '../collab/useSyncStatus.ts';
import { createYjsRoom, type YjsRoom } from '../collab/yjsRoom.ts';
import { useFramework } from '../outcomes/useFramework.ts';

export type FrameworkReading =
  | { phase: 'loading' }
  /** The server refused the room (no access after all, or access withdrawn). */
  | { phase: 'refused' }
  | { phase: 'ready'; outcomes: OutcomeValues[] };

/**
 * The outcome framework read live from its room, for reading only: nothing
 * here writes to the document, and no presence is sent, so someone reading
 * the easy-read view never shows as "here now" among the people editing.
 */
export function useFrameworkReading(roomName: string): FrameworkReading {
  const [room, setRoom] = useState<YjsRoom | null>(null);
  useEffect(() => {
    const created = createYjsRoom(collabServerUrl(window.location), roomName);
    created.provider.awareness.setLocalState(null);
    setRoom(created);
    return () => {
      setRoom(null);
      created.destroy();
    };
  }, [roomName]);
  const { phase } = useSyncStatus(room);
  const outcomes = useFramework(room?.doc ?? null);
  if (phase === 'stopped') return { phase: 'refused' };
  if (phase === 'connecting') return { phase: 'loading' };
  return { phase: 'ready', outcomes };
}

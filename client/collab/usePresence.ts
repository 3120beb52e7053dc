import { useEffect, useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/** Set by the server from the session; a client cannot change it. */
export interface PresenceUser {
  id: string;
  name: string;
  role: string;
  colour: string;
}

/** One connection (an open tab) to a document, with the rest of its awareness state for pages to read. */
export interface Present {
  clientId: number;
  user: PresenceUser;
  isSelf: boolean;
  state: Record<string, unknown>;
}

function presentOf(awareness: Awareness): Present[] {
  const present: Present[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const user = state.user as PresenceUser | undefined;
    // Until the server stamps it (first message), a state has no user: not shown.
    if (!user || typeof user.id !== 'string') continue;
    present.push({ clientId, user, isSelf: clientId === awareness.clientID, state });
  }
  return present.sort((a, b) => a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId);
}

/** Everyone connected to a room's document (one entry per open tab), kept current. */
export function usePresent(awareness: Awareness | null): Present[] {
  const [present, setPresent] = useState<Present[]>([]);
  useEffect(() => {
    if (!awareness) return;
    const update = () => setPresent(presentOf(awareness));
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness]);
  return present;
}

/** One entry per person, however many tabs they have open: for the "who is here" list. */
export function usePeople<P extends Present>(present: P[]): P[] {
  return useMemo(() => {
    const seen = new Map<string, P>();
    for (const p of present) if (!seen.has(p.user.id) || p.isSelf) seen.set(p.user.id, p);
    return [...seen.values()];
  }, [present]);
}

import { useEffect, useMemo, useState } from 'react';

import type { Awareness } from 'y-protocols/awareness';

/** Set by the server from the session; a client cannot change it. */
export interface PresenceUser {
  id: string;
  name: string;
  role: string;
  colour: string;
}

/** Where someone is typing: a field of an outcome, with their selection as relative positions. */
export interface PresenceFocus {
  outcomeId: string;
  field: string;
  anchor: unknown;
  head: unknown;
}

export interface Spotlight {
  outcomeId: string;
  /** When it was set, so a newer spotlight wins over an older one. */
  at: number;
}

export interface Participant {
  clientId: number;
  user: PresenceUser;
  focus: PresenceFocus | null;
  spotlight: Spotlight | null;
  isSelf: boolean;
}

function participantsOf(awareness: Awareness): Participant[] {
  const people: Participant[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const user = state.user as PresenceUser | undefined;
    // Until the server stamps it (first message), a state has no user: not shown.
    if (!user || typeof user.id !== 'string') continue;
    people.push({
      clientId,
      user,
      focus: (state.focus as PresenceFocus | undefined) ?? null,
      spotlight: (state.spotlight as Spotlight | undefined) ?? null,
      isSelf: clientId === awareness.clientID,
    });
  }
  return people.sort((a, b) => a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId);
}

/** Everyone connected to the document (one entry per open tab), kept current. */
export function usePresence(awareness: Awareness | null): Participant[] {
  const [people, setPeople] = useState<Participant[]>([]);
  useEffect(() => {
    if (!awareness) return;
    const update = () => setPeople(participantsOf(awareness));
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness]);
  return people;
}

/** One entry per person, however many tabs they have open: for the "who is here" list. */
export function usePeople(participants: Participant[]): Participant[] {
  return useMemo(() => {
    const seen = new Map<string, Participant>();
    for (const p of participants) if (!seen.has(p.user.id) || p.isSelf) seen.set(p.user.id, p);
    return [...seen.values()];
  }, [participants]);
}

/** The latest spotlight set by a commissioner, if any is on. Others' claims to run the room are ignored. */
export function activeSpotlight(participants: Participant[]): (Spotlight & { by: PresenceUser; isSelf: boolean }) | null {
  let best: (Spotlight & { by: PresenceUser; isSelf: boolean }) | null = null;
  for (const p of participants) {
    if (!p.spotlight || p.user.role !== 'commissioner') continue;
    if (!best || p.spotlight.at > best.at) best = { ...p.spotlight, by: p.user, isSelf: p.isSelf };
  }
  return best;
}


import { useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { usePresent, type Present, type PresenceUser } from '../collab/usePresence.ts';

// The generic part (who is connected, one entry per person) is shared with the specification page.
export { usePeople, type PresenceUser } from '../collab/usePresence.ts';

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

export interface Participant extends Present {
  focus: PresenceFocus | null;
  spotlight: Spotlight | null;
}

/** Everyone connected to the framework (one entry per open tab), with where they are typing and any spotlight. */
export function usePresence(awareness: Awareness | null): Participant[] {
  const present = usePresent(awareness);
  return useMemo(
    () =>
      present.map((p) => ({
        ...p,
        focus: (p.state.focus as PresenceFocus | undefined) ?? null,
        spotlight: (p.state.spotlight as Spotlight | undefined) ?? null,
      })),
    [present],
  );
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


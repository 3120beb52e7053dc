import { useEffect, useState } from 'react';
import { motionReduced } from '../settings/documentChoices.ts';
import type { Participant, Spotlight } from './usePresence.ts';


export function scrollToOutcome(outcomeId: string): void {
  const card = document.querySelector(`[data-outcome-id="${CSS.escape(outcomeId)}"]`);
  card?.scrollIntoView({ block: 'start', behavior: motionReduced() ? 'auto' : 'smooth' });
}

/**
 * Keeps in view the outcome a followed person is working in, or the one a
 * facilitator spotlights (unless this person stepped out of that spotlight).
 * Scrolling only: focus stays where the person left it.
 */
export function useFollow(participants: Participant[], following: string | null, spotlight: (Spotlight & { isSelf: boolean }) | null) {
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const followedOutcome = following ? (participants.find((p) => p.user.id === following && p.focus)?.focus?.outcomeId ?? null) : null;
  const spotlightActive = spotlight !== null && !spotlight.isSelf && spotlight.at !== dismissedAt;
  const target = followedOutcome ?? (spotlightActive ? spotlight.outcomeId : null);

  useEffect(() => {
    if (target) scrollToOutcome(target);
  }, [target, spotlight?.at]);

  return { spotlightActive, dismissSpotlight: () => setDismissedAt(spotlight?.at ?? null) };
}

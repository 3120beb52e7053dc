import * as Y from 'yjs';
import { findIndicator, findOutcome } from './outcomeDoc.ts';

/**
 * The framework's side of a contribution promoted into it: the outcome (or
 * indicator) remembers which contribution it came from and who made it, so
 * the contributor is credited wherever the outcome is shown. The database
 * keeps the other direction (contributions.promoted_outcome_id).
 */
export const SOURCES_FIELD = 'sources';

export interface ContributionLink {
  contributionId: string;
  callId: string;
  /** The contributor's display name when it was promoted. */
  contributor: string;
  /** Set when the contribution became an indicator of the outcome rather than the outcome itself. */
  indicatorId?: string;
}

export function linkContribution(doc: Y.Doc, outcomeId: string, link: ContributionLink): void {
  const outcome = findOutcome(doc, outcomeId);
  if (!outcome) throw new Error(`no outcome ${outcomeId}`);
  doc.transact(() => {
    let sources = outcome.get(SOURCES_FIELD);
    if (!(sources instanceof Y.Map)) {
      sources = new Y.Map<unknown>();
      outcome.set(SOURCES_FIELD, sources);
    }
    (sources as Y.Map<unknown>).set(link.contributionId, { ...link });
    if (link.indicatorId) findIndicator(doc, outcomeId, link.indicatorId)?.set('sourceContribution', link.contributionId);
  });
}

export function contributionLinks(doc: Y.Doc, outcomeId: string): ContributionLink[] {
  const sources = findOutcome(doc, outcomeId)?.get(SOURCES_FIELD);
  return sources instanceof Y.Map ? [...(sources as Y.Map<ContributionLink>).values()] : [];
}

import { apiGet } from '../../api/apiClient.ts';
import type { Consultation, ThreadOutcomeKind, ThreadOutcomeRecord } from '../comments/commentsApi.ts';

/** GET /api/artefacts/:id/you-said-we-did (server/presenters/comments.ts presentSummaryEntry). */

export interface SummaryEntry {
  threadId: string;
  /** The text the thread was on, as selected when it was made. */
  quote: string;
  /** The thread's first comment; null once deleted. No author: the summary is for publication. */
  youSaid: string | null;
  weDid: ThreadOutcomeRecord;
}

export interface YouSaidWeDid {
  artefact: { id: string; title: string };
  consultation: Consultation | null;
  /** Only threads with an outcome recorded, and only those the caller may see. */
  entries: SummaryEntry[];
}

/** The order outcomes are shown and counted in: changes first, as readers look for those. */
export const OUTCOME_ORDER: readonly ThreadOutcomeKind[] = ['changed', 'not_changed', 'already_covered'];

export const getYouSaidWeDid = (artefactId: string) => apiGet<YouSaidWeDid>(`/api/artefacts/${encodeURIComponent(artefactId)}/you-said-we-did`);

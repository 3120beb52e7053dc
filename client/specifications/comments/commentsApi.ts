import { apiGet, apiPost, apiRequest } from '../../api/apiClient.ts';
import type { StoredAnchor } from './anchors.ts';

/** The shapes GET /api/artefacts/:id/threads answers with (server/presenters/comments.ts). */

export interface CommentPerson {
  id: string;
  name: string | null;
}

export interface ThreadComment {
  id: string;
  threadId: string;
  author: CommentPerson;
  /** null once deleted: the comment keeps its place, not its text. */
  body: string | null;
  /** The people @mentioned (empty once deleted). */
  mentions: CommentPerson[];
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

export interface Thread {
  id: string;
  anchor: unknown;
  visibility: 'open' | 'confidential';
  author: CommentPerson & { role: string; organisation: { id: string; name: string } | null };
  status: 'open' | 'resolved';
  resolvedBy: CommentPerson | null;
  createdAt: string;
  comments: ThreadComment[];
  /** “You said, we did”: what became of the thread, once a commissioner records it. */
  outcome: ThreadOutcomeRecord | null;
}

export type ThreadOutcomeKind = 'changed' | 'not_changed' | 'already_covered';

export interface ThreadOutcomeRecord {
  outcome: ThreadOutcomeKind;
  reason: string;
  recordedBy: CommentPerson | null;
  at: string | null;
}

export type ConsultationState = 'none' | 'scheduled' | 'open' | 'closed';

export interface Consultation {
  id: string;
  visibility: 'open' | 'confidential';
  opensAt: string;
  closesAt: string;
  state: ConsultationState;
}

/** An answer a commissioner publishes to every provider (equal treatment of bidders). */
export interface Clarification {
  id: string;
  /** The thread it answers; null when none, or when the caller may not see that thread. */
  threadId: string | null;
  body: string;
  publishedBy: CommentPerson | null;
  publishedAt: string;
}

export interface ThreadList {
  consultation: Consultation | null;
  /** Whether the caller may write comments now (access, and the consultation not closed or yet to open). */
  canComment: boolean;
  threads: Thread[];
  clarifications: Clarification[];
}

const base = (artefactId: string) => `/api/artefacts/${encodeURIComponent(artefactId)}`;
const threadPath = (artefactId: string, threadId: string) => `${base(artefactId)}/threads/${encodeURIComponent(threadId)}`;

export const listThreads = (artefactId: string) => apiGet<ThreadList>(`${base(artefactId)}/threads`);
/** `mentions`: user ids, each a member who may read the thread (else 400 naming `mentions.N`). */
export const createThread = (artefactId: string, anchor: StoredAnchor, body: string, mentions: string[]) =>
  apiPost<{ thread: Thread }>(`${base(artefactId)}/threads`, { anchor, body, mentions });
export const replyToThread = (artefactId: string, threadId: string, body: string, mentions: string[]) =>
  apiPost<{ thread: Thread }>(`${threadPath(artefactId, threadId)}/comments`, { body, mentions });
/** Editing replaces the mentions too, so the current ones are sent again. */
export const editComment = (artefactId: string, threadId: string, commentId: string, body: string, mentions: string[]) =>
  apiRequest<{ thread: Thread }>('PATCH', `${threadPath(artefactId, threadId)}/comments/${encodeURIComponent(commentId)}`, { body, mentions });
export const deleteComment = (artefactId: string, threadId: string, commentId: string) =>
  apiRequest<null>('DELETE', `${threadPath(artefactId, threadId)}/comments/${encodeURIComponent(commentId)}`);
export const setThreadStatus = (artefactId: string, threadId: string, to: 'resolve' | 'reopen') =>
  apiPost<{ thread: Thread }>(`${threadPath(artefactId, threadId)}/${to}`);

export const publishClarification = (artefactId: string, body: string, threadId: string | null) =>
  apiPost<{ clarification: Clarification }>(`${base(artefactId)}/clarifications`, threadId ? { body, threadId } : { body });

/** The live stream: ids only (never text), so every event means "refetch". */
export const commentEventsUrl = (artefactId: string) => `${base(artefactId)}/comments/events`;

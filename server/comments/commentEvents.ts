import { ArtefactStreams } from '../live/artefactStreams.ts';
import { canSeeThread, type ThreadAudience } from '../policies/commentPolicy.ts';

export { MAX_STREAMS_PER_USER } from '../live/artefactStreams.ts';

/** What changed; the client refetches the thread list, so an event carries ids and a kind, never text. */
export type CommentEvent =
  | { type: 'thread'; threadId: string; kind: 'created' | 'replied' | 'edited' | 'deleted' | 'resolved' | 'reopened' | 'outcome' }
  | { type: 'clarification'; clarificationId: string }
  | { type: 'consultation'; consultationId: string; kind: 'opened' | 'closed' };

/**
 * Fan-out of comment changes to everyone viewing a specification (the SSE
 * streams of GET /api/artefacts/:id/comments/events). A confidential thread's
 * events go only to those who may see that thread, by the same rule as the
 * thread list (canSeeThread), so even the existence of another organisation's
 * thread never reaches a provider.
 */
export class CommentEvents extends ArtefactStreams<CommentEvent> {
  /** Sends `event` to each viewer of the specification who may see it (`audience` given: only those who may see that thread). */
  publish(artefactId: string, event: CommentEvent, audience?: ThreadAudience): Promise<void> {
    return this.send(artefactId, event, audience ? (viewer) => canSeeThread(viewer, audience) : undefined);
  }
}

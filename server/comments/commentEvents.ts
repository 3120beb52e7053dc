import type { AuthState } from '../http/appEnv.ts';
import { canSeeThread, type ThreadAudience } from '../policies/commentPolicy.ts';
import type { Membership } from '../policies/workspacePolicy.ts';

/** What changed; the client refetches the thread list, so an event carries ids and a kind, never text. */
export type CommentEvent =
  | { type: 'thread'; threadId: string; kind: 'created' | 'replied' | 'edited' | 'deleted' | 'resolved' | 'reopened' | 'outcome' }
  | { type: 'clarification'; clarificationId: string }
  | { type: 'consultation'; consultationId: string; kind: 'opened' | 'closed' };

/** Open streams one user may hold (tabs, devices); more would only let one account tie up the server. */
export const MAX_STREAMS_PER_USER = 20;

/**
 * The viewer's membership now, if they may still read the artefact's comments.
 * Asked again for every event, so a removal, a role change or an access change
 * takes effect on the next event without any bookkeeping here.
 */
export type ViewerLookup = (auth: AuthState, artefactId: string) => Promise<Membership | null>;

export interface CommentSubscriber {
  artefactId: string;
  auth: AuthState;
  send(event: CommentEvent): void;
  /** Ends the stream (session ended, access lost). */
  close(): void;
}

/**
 * Fan-out of comment changes to everyone viewing a specification (the SSE
 * streams of GET /api/artefacts/:id/comments/events). A confidential thread's
 * events go only to those who may see that thread, by the same rule as the
 * thread list (canSeeThread), so even the existence of another organisation's
 * thread never reaches a provider.
 */
export class CommentEvents {
  private readonly byArtefact = new Map<string, Set<CommentSubscriber>>();

  constructor(private readonly viewerOf: ViewerLookup) {}

  subscribe(subscriber: CommentSubscriber): () => void {
    let set = this.byArtefact.get(subscriber.artefactId);
    if (!set) this.byArtefact.set(subscriber.artefactId, (set = new Set()));
    set.add(subscriber);
    return () => this.remove(subscriber);
  }

  /** How many streams a user has open, to refuse more than MAX_STREAMS_PER_USER. */
  streamsOf(userId: string): number {
    let count = 0;
    for (const set of this.byArtefact.values()) for (const s of set) if (s.auth.user.id === userId) count++;
    return count;
  }

  /** Open streams, for tests and metrics. */
  get subscriberCount(): number {
    let count = 0;
    for (const set of this.byArtefact.values()) count += set.size;
    return count;
  }

  /** Sends `event` to each viewer of the artefact who may see it (`audience` given: only those who may see that thread). */
  async publish(artefactId: string, event: CommentEvent, audience?: ThreadAudience): Promise<void> {
    const subscribers = [...(this.byArtefact.get(artefactId) ?? [])];
    await Promise.all(
      subscribers.map(async (subscriber) => {
        let viewer: Membership | null;
        try {
          viewer = await this.viewerOf(subscriber.auth, artefactId);
        } catch {
          return; // A failed lookup sends nothing: never leak on error. The viewer gets the next event.
        }
        if (!viewer) return this.end(subscriber);
        if (!audience || canSeeThread(viewer, audience)) subscriber.send(event);
      }),
    );
  }

  /** Signed out, password changed, workshop closed: their streams end at once. */
  closeSessions(sessionIds: readonly string[]): void {
    const ended = new Set(sessionIds);
    for (const set of this.byArtefact.values()) {
      for (const subscriber of [...set]) if (ended.has(subscriber.auth.session.id)) this.end(subscriber);
    }
  }

  /** A member's role or membership changed: streams they may no longer read end now, not at the next event. */
  recheckUser(userId: string): Promise<void> {
    return this.recheck([...this.byArtefact.values()].flatMap((set) => [...set]).filter((s) => s.auth.user.id === userId));
  }

  /** An artefact's access changed: its readers who lost access are cut off now. */
  recheckArtefact(artefactId: string): Promise<void> {
    return this.recheck([...(this.byArtefact.get(artefactId) ?? [])]);
  }

  private async recheck(subscribers: CommentSubscriber[]): Promise<void> {
    await Promise.all(
      subscribers.map(async (subscriber) => {
        const viewer = await this.viewerOf(subscriber.auth, subscriber.artefactId).catch(() => null);
        if (!viewer) this.end(subscriber);
      }),
    );
  }

  /** Ends every stream (server shutting down). */
  closeAll(): void {
    for (const set of this.byArtefact.values()) for (const subscriber of [...set]) this.end(subscriber);
  }

  private end(subscriber: CommentSubscriber): void {
    this.remove(subscriber);
    subscriber.close();
  }

  private remove(subscriber: CommentSubscriber): void {
    const set = this.byArtefact.get(subscriber.artefactId);
    if (!set) return;
    set.delete(subscriber);
    if (set.size === 0) this.byArtefact.delete(subscriber.artefactId);
  }
}

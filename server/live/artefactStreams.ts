import type { AuthState } from '../http/appEnv.ts';
import type { Membership } from '../policies/workspacePolicy.ts';

/** Open streams one user may hold on one kind of stream (tabs, devices); more would only let one account tie up the server. */
export const MAX_STREAMS_PER_USER = 20;

/**
 * The viewer's membership now, if they may still read the artefact. Asked
 * again for every event, so a removal, a role change or an access change takes
 * effect on the next event without any bookkeeping here.
 */
export type ViewerLookup = (auth: AuthState, topic: string) => Promise<Membership | null>;

export interface StreamSubscriber<E> {
  /** What is watched: an artefact's id (comments, versions) or a workspace's (its audit trail). */
  topic: string;
  auth: AuthState;
  send(event: E): void;
  /** Ends the stream (session ended, access lost). */
  close(): void;
}

/**
 * Fan-out of an artefact's changes (or a workspace's audit entries) to
 * everyone viewing it over Server-Sent Events. Events carry ids and kinds, never content: the page refetches what
 * it may see. Each event goes only to viewers who may still read the artefact
 * (and pass `visibleTo`, when given); sign-outs and access changes end streams
 * at once, as they close sockets.
 */
export class ArtefactStreams<E> {
  private readonly byTopic = new Map<string, Set<StreamSubscriber<E>>>();

  constructor(private readonly viewerOf: ViewerLookup) {}

  subscribe(subscriber: StreamSubscriber<E>): () => void {
    let set = this.byTopic.get(subscriber.topic);
    if (!set) this.byTopic.set(subscriber.topic, (set = new Set()));
    set.add(subscriber);
    return () => this.remove(subscriber);
  }

  /** How many streams a user has open, to refuse more than MAX_STREAMS_PER_USER. */
  streamsOf(userId: string): number {
    let count = 0;
    for (const set of this.byTopic.values()) for (const s of set) if (s.auth.user.id === userId) count++;
    return count;
  }

  /** Open streams, for tests and metrics. */
  get subscriberCount(): number {
    let count = 0;
    for (const set of this.byTopic.values()) count += set.size;
    return count;
  }

  /** Sends `event` to each viewer of the topic who may read it and, when given, passes `visibleTo`. */
  protected async send(topic: string, event: E, visibleTo?: (viewer: Membership) => boolean): Promise<void> {
    const subscribers = [...(this.byTopic.get(topic) ?? [])];
    await Promise.all(
      subscribers.map(async (subscriber) => {
        let viewer: Membership | null;
        try {
          viewer = await this.viewerOf(subscriber.auth, topic);
        } catch {
          return; // A failed lookup sends nothing: never leak on error. The viewer gets the next event.
        }
        if (!viewer) return this.end(subscriber);
        if (!visibleTo || visibleTo(viewer)) subscriber.send(event);
      }),
    );
  }

  /** Signed out, password changed, workshop closed: their streams end at once. */
  closeSessions(sessionIds: readonly string[]): void {
    const ended = new Set(sessionIds);
    for (const set of this.byTopic.values()) {
      for (const subscriber of [...set]) if (ended.has(subscriber.auth.session.id)) this.end(subscriber);
    }
  }

  /** A member's role or membership changed: streams they may no longer read end now, not at the next event. */
  recheckUser(userId: string): Promise<void> {
    return this.recheck([...this.byTopic.values()].flatMap((set) => [...set]).filter((s) => s.auth.user.id === userId));
  }

  /** An artefact's access changed: its readers who lost access are cut off now. */
  recheckArtefact(artefactId: string): Promise<void> {
    return this.recheck([...(this.byTopic.get(artefactId) ?? [])]);
  }

  private async recheck(subscribers: StreamSubscriber<E>[]): Promise<void> {
    await Promise.all(
      subscribers.map(async (subscriber) => {
        const viewer = await this.viewerOf(subscriber.auth, subscriber.topic).catch(() => null);
        if (!viewer) this.end(subscriber);
      }),
    );
  }

  /** Ends every stream (server shutting down). */
  closeAll(): void {
    for (const set of this.byTopic.values()) for (const subscriber of [...set]) this.end(subscriber);
  }

  private end(subscriber: StreamSubscriber<E>): void {
    this.remove(subscriber);
    subscriber.close();
  }

  private remove(subscriber: StreamSubscriber<E>): void {
    const set = this.byTopic.get(subscriber.topic);
    if (!set) return;
    set.delete(subscriber);
    if (set.size === 0) this.byTopic.delete(subscriber.topic);
  }
}

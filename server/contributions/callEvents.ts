/** What changed in a call; readers refetch what they may see, so an event carries ids and a kind, never text. */
export interface CallEvent {
  type: 'contribution';
  contributionId: string;
  kind: 'created' | 'supported' | 'commented' | 'reported' | 'hidden' | 'restored' | 'answered' | 'promoted';
}

/** Streams open on one call at most (a public call's page can be open on many screens, but not without bound). */
export const MAX_STREAMS_PER_CALL = 2000;

/** Fan-out of call changes to everyone viewing the call's page (GET /api/calls/:id/events). */
export class CallEvents {
  private readonly byCall = new Map<string, Set<(event: CallEvent) => void>>();

  /** `changed` hears of every change first, before any viewer is told (the shared read of the call is dropped there). */
  constructor(private readonly changed: (callId: string) => void = () => {}) {}

  subscribe(callId: string, send: (event: CallEvent) => void): (() => void) | null {
    let set = this.byCall.get(callId);
    if (!set) this.byCall.set(callId, (set = new Set()));
    if (set.size >= MAX_STREAMS_PER_CALL) return null;
    set.add(send);
    return () => {
      set.delete(send);
      if (set.size === 0) this.byCall.delete(callId);
    };
  }

  publish(callId: string, event: CallEvent): void {
    this.changed(callId);
    for (const send of this.byCall.get(callId) ?? []) send(event);
  }

  get subscriberCount(): number {
    let n = 0;
    for (const set of this.byCall.values()) n += set.size;
    return n;
  }
}

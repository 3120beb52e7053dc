import { CloseCode } from '../../shared/protocol.ts';
import { encodeAwarenessEntries, MalformedMessageError, type AwarenessEntry } from './messageCodec.ts';

/** Who a connection is, as everyone else sees it in presence and cursors. Set by the server, never by the client. */
export interface PresenceIdentity {
  id: string;
  name: string;
  role: string;
  colour: string;
}

export interface StampOptions {
  identity: PresenceIdentity | null;
  /** True when another connection in the room already speaks for this client id. */
  isForeign: (clientId: number) => boolean;
  maxStateBytes: number;
}

/**
 * Rewrites a connection's awareness update so it can only speak for itself:
 * entries for client ids another connection owns are dropped (no spoofing, no
 * removing someone else's presence), each state's `user` is replaced by the
 * identity from the session, and oversized states are refused. Returns null
 * when nothing is left to apply.
 */
export function stampAwareness(entries: AwarenessEntry[], options: StampOptions): Uint8Array | null {
  const kept: Array<Pick<AwarenessEntry, 'clientId' | 'clock' | 'state'>> = [];
  for (const entry of entries) {
    if (entry.stateLength > options.maxStateBytes) {
      throw new MalformedMessageError('awareness state too large', CloseCode.MessageTooBig);
    }
    if (options.isForeign(entry.clientId)) continue;
    const state =
      options.identity && entry.state !== null && typeof entry.state === 'object'
        ? { ...(entry.state as Record<string, unknown>), user: options.identity }
        : entry.state;
    kept.push({ clientId: entry.clientId, clock: entry.clock, state });
  }
  return kept.length === 0 ? null : encodeAwarenessEntries(kept);
}

import type { IncomingMessage as HttpRequest } from 'node:http';
import type { PresenceIdentity } from './awarenessIdentity.ts';
import type { IncomingMessage } from './messageCodec.ts';

export type RoomAccessLevel = 'view' | 'comment' | 'edit';

/** What a connection may do in its room. Decided at upgrade, re-decided when access changes. */
export interface CollabGrant {
  /** Recorded in the update log with every change; null in open rooms. */
  userId: string | null;
  /** The session behind the socket, so ending the session closes the socket. */
  sessionId: string | null;
  level: RoomAccessLevel;
  /** Set on the connection's presence by the server; null in open rooms. */
  identity: PresenceIdentity | null;
}

export type UpgradeDecision = { ok: true; grant: CollabGrant } | { ok: false; status: 401 | 403 | 404 };

/**
 * The seam for access control. The sync server asks once at upgrade time
 * (before any document is loaded), again for every message, and again for
 * every open socket of a room or session when access changes.
 */
export interface CollabAccess {
  authorizeUpgrade(request: HttpRequest, roomName: string): Promise<UpgradeDecision>;
  /** False answers the message "permission denied" and drops it. */
  authorizeMessage(grant: CollabGrant, message: IncomingMessage): boolean;
  /** The grant as it stands now; null when access is gone. */
  reauthorize(grant: CollabGrant, roomName: string): Promise<CollabGrant | null>;
}

/** Only editors change a document; every level may read it and show presence. */
export function writesNeedEdit(grant: CollabGrant, message: IncomingMessage): boolean {
  return message.kind !== 'update' || grant.level === 'edit';
}

/**
 * Size and rate limits of the live sync service, in one place so the server,
 * the client and the tests agree. The server may override each from its
 * configuration (see server/config.ts); these are the defaults.
 */
export const MiB = 1024 * 1024;

export interface SyncLimits {
  /** Largest WebSocket frame accepted; bigger frames close with 1009 before they are buffered. */
  maxMessageBytes: number;
  /** Largest stored size of one document (checkpoint plus updates since). */
  maxDocumentBytes: number;
  /** Most simultaneous connections to one room. */
  maxConnectionsPerRoom: number;
  /** Awareness changes of a room are forwarded at most once per this many ms. */
  awarenessIntervalMs: number;
  /** A peer whose unsent backlog passes this is too slow to keep and is closed. */
  maxBufferedBytes: number;
  /** Largest awareness state (presence, cursor) of one client, as JSON. */
  maxAwarenessStateBytes: number;
  /** Writes a read-only connection may attempt (each answered "permission denied") before it is closed. */
  maxDeniedWrites: number;
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  maxMessageBytes: 1 * MiB,
  maxDocumentBytes: 64 * MiB,
  maxConnectionsPerRoom: 1000,
  awarenessIntervalMs: 50,
  maxBufferedBytes: 32 * MiB,
  maxAwarenessStateBytes: 8 * 1024,
  maxDeniedWrites: 3,
};

/** Write a checkpoint after this many updates to a document (configurable). */
export const DEFAULT_CHECKPOINT_EVERY = 500;

/**
 * What the HTTP side tells the sync server when access changes, so open
 * sockets follow at once (closed, or downgraded) instead of at reconnect.
 */
export interface LiveAccessEvents {
  sessionsEnded(sessionIds: string[]): void;
  /** Resolves once open sockets carry their new grant, so the HTTP answer means "in force". */
  roomAccessChanged(room: string): Promise<void>;
  memberAccessChanged(userId: string): Promise<void>;
}

/** What a room needs of a connection: a way to send to it and to close it. */
export interface RoomPeer {
  /** Who is behind the connection, for the update log; null while rooms are open. */
  readonly userId: string | null;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

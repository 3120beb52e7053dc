/**
 * The y-websocket wire protocol as Gweithdy speaks it. Both the server and any
 * client code that inspects messages use these constants, so a change to the
 * protocol is made in one place.
 */

/** First varint of every binary frame (y-websocket's message types). */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** Second varint of a Sync message (y-protocols/sync). */
export const SyncMessageType = {
  Step1: 0,
  Step2: 1,
  Update: 2,
} as const;
export type SyncMessageType = (typeof SyncMessageType)[keyof typeof SyncMessageType];

/**
 * Close codes the sync server uses. Standard codes where one fits (RFC 6455
 * section 7.4.1). Ours sit in 4400-4499, which mirrors HTTP 4xx and which an
 * unmodified y-websocket provider treats as final (it stops reconnecting
 * rather than resending the same refused change in a loop). The client reads
 * these to tell the person what happened.
 */
export const CloseCode = {
  /** Text frame or unknown message type. */
  UnsupportedData: 1003,
  /** A binary frame that does not decode as a y-websocket message. */
  InvalidPayload: 1007,
  /** Refused by access rules (the identity issue fills this in). */
  PolicyViolation: 1008,
  /** Frame larger than the message limit; closed before it is buffered. */
  MessageTooBig: 1009,
  /** The document could not be loaded or stored; nothing was applied. */
  InternalError: 1011,
  /** Server restarting: reconnect and resend. */
  ServiceRestart: 1012,
  /** Room full or the peer cannot keep up: try again later. */
  TryAgainLater: 1013,
  /** The session ended (sign-out, password change, expiry): sign in again. */
  SessionEnded: 4401,
  /** Access to this artefact was withdrawn (role change, removal). */
  AccessRevoked: 4403,
  /** The room name is not a valid room name. */
  InvalidRoom: 4404,
  /** The update would take the document past its size limit. */
  DocumentTooLarge: 4413,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Path prefix of the WebSocket endpoint: `/collab/<room>`. */
export const COLLAB_PATH_PREFIX = '/collab/';

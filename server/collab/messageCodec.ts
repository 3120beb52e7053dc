/**
 * Encoding and decoding of y-websocket frames, and nothing else: no sockets,
 * no rooms. Decoding validates fully, so a frame that gets past here can be
 * persisted and applied without surprises.
 */
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import { CloseCode, MessageType, SyncMessageType } from '../../shared/protocol.ts';

export type IncomingMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  /**
   * Sync step 2 and plain updates are both changes to persist. A step 2 is a
   * client's answer on (re)connecting and often repeats what the room has.
   */
  | { kind: 'update'; update: Uint8Array; syncStep2: boolean }
  | { kind: 'awareness'; update: Uint8Array; entries: AwarenessEntry[] }
  | { kind: 'queryAwareness' };

/** One client's presence in an awareness update; `state` null means "gone". */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
  /** Length of the state's JSON, for the size limit. */
  stateLength: number;
}

export class MalformedMessageError extends Error {
  constructor(
    message: string,
    readonly closeCode: CloseCode,
  ) {
    super(message);
  }
}

/** An update that carries no structs and no deletions (what Yjs sends for "nothing new"). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0;
}

export function decodeIncoming(frame: Uint8Array): IncomingMessage {
  try {
    return decodeOrThrow(frame);
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError(`undecodable frame: ${(error as Error).message}`, CloseCode.InvalidPayload);
  }
}

function decodeOrThrow(frame: Uint8Array): IncomingMessage {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.Sync: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === SyncMessageType.Step1) {
        Y.decodeStateVector(payload); // throws on garbage
        return { kind: 'syncStep1', stateVector: payload };
      }
      if (syncType === SyncMessageType.Step2 || syncType === SyncMessageType.Update) {
        Y.decodeUpdate(payload); // throws on garbage, before anything is persisted
        return { kind: 'update', update: payload, syncStep2: syncType === SyncMessageType.Step2 };
      }
      throw new MalformedMessageError(`unknown sync message type ${syncType}`, CloseCode.InvalidPayload);
    }
    case MessageType.Awareness: {
      const update = decoding.readVarUint8Array(decoder);
      return { kind: 'awareness', update, entries: readAwarenessEntries(update) };
    }
    case MessageType.QueryAwareness:
      return { kind: 'queryAwareness' };
    default:
      throw new MalformedMessageError(`unsupported message type ${type}`, CloseCode.UnsupportedData);
  }
}

/** Parses an awareness update completely: ids, clocks and JSON states. */
function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    entries.push({ clientId, clock, state: JSON.parse(json), stateLength: json.length });
  }
  return entries;
}

/** The body of an awareness update (what applyAwarenessUpdate takes) from entries. */
export function encodeAwarenessEntries(entries: ReadonlyArray<Pick<AwarenessEntry, 'clientId' | 'clock' | 'state'>>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

/** y-websocket's auth message: the client's provider reports it as "permission denied". */
export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Auth);
  authProtocol.writePermissionDenied(encoder, reason);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, SyncMessageType.Step1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, SyncMessageType.Step2);
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, stateVector));
  return encoding.toUint8Array(encoder);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, SyncMessageType.Update);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(awareness: awarenessProtocol.Awareness, clientIds: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Awareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clientIds));
  return encoding.toUint8Array(encoder);
}

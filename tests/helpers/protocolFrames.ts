import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType, SyncMessageType } from '../../shared/protocol.ts';
import { encodeAwarenessEntries } from '../../server/collab/messageCodec.ts';

/** Frames a y-websocket client sends, built by hand for raw-socket tests. */
export function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.Sync);
  encoding.writeVarUint(e, syncType);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

export const syncUpdateFrame = (update: Uint8Array) => syncFrame(SyncMessageType.Update, update);

/** Sync step 1 with an empty state vector: "send me everything". */
export const askForEverything = () => syncFrame(SyncMessageType.Step1, Y.encodeStateVector(new Y.Doc()));

/** A real Yjs update that inserts `text` into the shared text `t`. */
export function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/** An awareness message saying whatever the test wants, including things a real client would not. */
export function awarenessFrame(entries: Array<{ clientId: number; clock: number; state: unknown }>): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.Awareness);
  encoding.writeVarUint8Array(e, encodeAwarenessEntries(entries));
  return encoding.toUint8Array(e);
}

export function isPermissionDenied(frame: Uint8Array): boolean {
  return frame[0] === MessageType.Auth && frame[1] === 0;
}

/** The document text carried by the sync step 2 frames received so far. */
export function textFromSyncFrames(frames: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const frame of frames) {
    const d = decoding.createDecoder(frame);
    if (decoding.readVarUint(d) !== MessageType.Sync) continue;
    const type = decoding.readVarUint(d);
    if (type === SyncMessageType.Step2 || type === SyncMessageType.Update) Y.applyUpdate(doc, decoding.readVarUint8Array(d));
  }
  return doc.getText('t').toString();
}

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { CloseCode, MessageType, SyncMessageType } from '../../shared/protocol.ts';
import {
  decodeIncoming,
  encodeSyncStep1,
  encodeUpdate,
  isEmptyUpdate,
  MalformedMessageError,
} from '../../server/collab/messageCodec.ts';

function frame(type: number, ...parts: Array<number | Uint8Array>): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  for (const part of parts) {
    if (typeof part === 'number') encoding.writeVarUint(e, part);
    else encoding.writeVarUint8Array(e, part);
  }
  return encoding.toUint8Array(e);
}

function closeCodeOf(bytes: Uint8Array): number | null {
  try {
    decodeIncoming(bytes);
    return null;
  } catch (error) {
    return error instanceof MalformedMessageError ? error.closeCode : -1;
  }
}

describe('message codec', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'hello');
  const update = Y.encodeStateAsUpdate(doc);

  it('decodes sync step 1 with its state vector', () => {
    const message = decodeIncoming(encodeSyncStep1(doc));
    expect(message).toEqual({ kind: 'syncStep1', stateVector: Y.encodeStateVector(doc) });
  });

  it('treats sync step 2 and plain updates alike, as changes to store', () => {
    expect(decodeIncoming(frame(MessageType.Sync, SyncMessageType.Step2, update))).toEqual({ kind: 'update', update, syncStep2: true });
    expect(decodeIncoming(encodeUpdate(update))).toEqual({ kind: 'update', update, syncStep2: false });
  });

  it('decodes awareness updates and reports the client ids they speak for', () => {
    const awareness = new Awareness(doc);
    awareness.setLocalState({ user: { name: 'Nia' } });
    const message = decodeIncoming(frame(MessageType.Awareness, encodeAwarenessUpdate(awareness, [doc.clientID])));
    expect(message).toMatchObject({ kind: 'awareness', entries: [{ clientId: doc.clientID, state: { user: { name: 'Nia' } } }] });
    awareness.destroy();
  });

  it('decodes a query for awareness', () => {
    expect(decodeIncoming(frame(MessageType.QueryAwareness))).toEqual({ kind: 'queryAwareness' });
  });

  it('rejects an unknown message type as unsupported data (1003)', () => {
    expect(closeCodeOf(frame(7))).toBe(CloseCode.UnsupportedData);
  });

  it('rejects truncated, garbled or unknown sync payloads as invalid (1007)', () => {
    expect(closeCodeOf(new Uint8Array([0x80]))).toBe(CloseCode.InvalidPayload);
    expect(closeCodeOf(new Uint8Array([]))).toBe(CloseCode.InvalidPayload);
    expect(closeCodeOf(frame(MessageType.Sync, 9, update))).toBe(CloseCode.InvalidPayload);
    expect(closeCodeOf(frame(MessageType.Sync, SyncMessageType.Update, new Uint8Array([3, 255, 255, 255])))).toBe(CloseCode.InvalidPayload);
    expect(closeCodeOf(frame(MessageType.Sync, SyncMessageType.Update, update.subarray(0, update.length - 3)))).toBe(CloseCode.InvalidPayload);
  });

  it('rejects awareness whose state is not JSON (1007)', () => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, 42);
    encoding.writeVarUint(e, 1);
    encoding.writeVarString(e, '{not json');
    expect(closeCodeOf(frame(MessageType.Awareness, encoding.toUint8Array(e)))).toBe(CloseCode.InvalidPayload);
  });

  it('recognises the empty update Yjs sends when it has nothing new', () => {
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).toBe(true);
    expect(isEmptyUpdate(update)).toBe(false);
  });
});

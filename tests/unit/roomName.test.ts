import { describe, expect, it } from 'vitest';
import { isValidRoomName } from '../../shared/roomName.ts';
import { roomNameFrom } from '../../server/collab/collabServer.ts';

describe('room names', () => {
  it('accepts letters, digits and . _ : - /', () => {
    for (const name of ['a', 'ws/12/outcomes', 'spec:v2.draft', 'map_1-b']) expect(isValidRoomName(name)).toBe(true);
  });

  it('rejects empty, over-long and other characters', () => {
    for (const name of ['', 'a b', 'a?b', 'ä', 'x'.repeat(201), 'a\nb']) expect(isValidRoomName(name)).toBe(false);
  });

  it('reads the room from an upgrade path: undefined when not ours, null when malformed', () => {
    expect(roomNameFrom('/collab/ws/1/outcomes?x=1')).toBe('ws/1/outcomes');
    expect(roomNameFrom('/api/health')).toBeUndefined();
    expect(roomNameFrom('/collab/bad%20name')).toBeNull();
    expect(roomNameFrom('/collab/%E0%A4%A')).toBeNull();
  });
});

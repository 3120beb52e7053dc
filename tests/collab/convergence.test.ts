import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connectSyncedPeer, waitForConvergence, type TestPeer } from '../helpers/providers.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { openAccess } from '../helpers/openAccess.ts';

const content = (doc: Y.Doc) => ({ text: doc.getText('text').toString(), map: doc.getMap('fields').toJSON() });

/** Each peer types at random places and sets map fields, all at once, without waiting for the others. */
function editConcurrently(peers: TestPeer[], rounds: number): void {
  for (let round = 0; round < rounds; round++) {
    peers.forEach((peer, i) => {
      const text = peer.doc.getText('text');
      const at = Math.floor(Math.random() * (text.length + 1));
      text.insert(at, `[${i}:${round}]`);
      if (round % 3 === 2 && text.length > 4) text.delete(Math.floor(Math.random() * (text.length - 2)), 2);
      peer.doc.getMap('fields').set(`k${round % 4}`, `peer ${i} round ${round}`);
    });
  }
}

describe('live sync between y-websocket providers', () => {
  let server: TestServer;
  const peers: TestPeer[] = [];

  beforeAll(async () => {
    server = await startTestServer({ access: openAccess });
  });
  afterAll(async () => {
    for (const p of peers.splice(0)) p.destroy();
    await server.close();
  });

  it.each([2, 10])('%i providers editing concurrently converge to the same state', async (count) => {
    const room = `converge/${count}`;
    const group = await Promise.all(Array.from({ length: count }, () => connectSyncedPeer(server.collabUrl, room)));
    peers.push(...group);

    editConcurrently(group, 20);
    await waitForConvergence(group, content);

    const text = group[0]!.doc.getText('text').toString();
    for (let i = 0; i < count; i++) expect(text).toContain(`[${i}:19]`);
    expect(Object.keys(group[0]!.doc.getMap('fields').toJSON()).sort()).toEqual(['k0', 'k1', 'k2', 'k3']);
  });
});

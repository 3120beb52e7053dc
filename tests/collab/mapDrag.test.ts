import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, readNode } from '../../shared/maps/mapDoc.ts';
import { createDragBroadcaster, remoteDrags } from '../../shared/maps/dragPresence.ts';
import { LANE_WIDTH } from '../../shared/maps/mapTypes.ts';
import { addMember, editableRoom, signUpOverHttp, type HttpAccount } from '../helpers/httpAccounts.ts';
import { connectPeer, type TestPeer } from '../helpers/providers.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

/**
 * Dragging a node must not write every frame into the document: the update
 * log is never trimmed (it is the audit trail), so 200 frames would be 200
 * stored rows per drag, and every editor would apply each one. Frames go over
 * awareness; only the drop is stored.
 */
describe('dragging a node on a process map', () => {
  let server: TestServer;
  let room: string;
  let commissioner: HttpAccount;
  let carer: HttpAccount;
  const peers: TestPeer[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const created = await editableRoom(server, 'map');
    room = created.room;
    commissioner = created.owner;
    carer = await signUpOverHttp(server, 'Carys the carer');
    await addMember(server, created.workspaceId, commissioner, carer, 'carer');
  });
  afterAll(async () => {
    for (const peer of peers.splice(0)) peer.destroy();
    await server.close();
  });

  const storedUpdates = () =>
    server.server.db.selectFrom('document_updates').select(['seq', 'update']).where('document_name', '=', room).orderBy('seq').execute();

  it('a drag of 200 frames adds one position change to the stored document, not 200', async () => {
    const dragger = connectPeer(server.collabUrl, room, { headers: commissioner.headers });
    const watcher = connectPeer(server.collabUrl, room, { headers: carer.headers });
    peers.push(dragger, watcher);
    await waitFor(() => dragger.provider.synced && watcher.provider.synced, { message: 'both synced' });

    const id = addNode(dragger.doc, { label: 'Drop-in at the library', stage: 'define' });
    await waitFor(() => readNode(watcher.doc, id), { message: 'the new node reaches the watcher' });
    const start = readNode(dragger.doc, id)!;
    const before = (await storedUpdates()).length;
    expect(before).toBeGreaterThanOrEqual(1);

    // What the watcher's canvas would draw: the positions it is shown for the dragged node.
    const seen: { x: number; y: number }[] = [];
    const awarenessWatcher = () => {
      const drag = remoteDrags(watcher.provider.awareness).get(dragger.doc.clientID);
      if (drag && drag.nodeId === id && (seen.at(-1)?.x !== drag.x || seen.at(-1)?.y !== drag.y)) seen.push({ x: drag.x, y: drag.y });
    };
    watcher.provider.awareness.on('change', awarenessWatcher);

    const broadcaster = createDragBroadcaster(dragger.provider.awareness, dragger.doc);
    const frame = (i: number) => ({ x: start.x + i * (LANE_WIDTH / 100), y: start.y + i });
    for (let i = 1; i <= 200; i++) {
      broadcaster.drag(id, frame(i).x, frame(i).y);
      // A frame every few milliseconds, as a pointer would give them.
      if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const last = frame(200);
    await waitFor(() => seen.at(-1)?.x === last.x && seen.at(-1)?.y === last.y, { message: 'the watcher sees the last drag frame' });
    expect(seen.length).toBeGreaterThan(1);
    expect(readNode(watcher.doc, id)).toMatchObject({ x: start.x, y: start.y });
    expect((await storedUpdates()).length).toBe(before);

    const drop = { x: LANE_WIDTH * 2 + 40, y: 333 };
    broadcaster.drop(id, drop.x, drop.y);
    await waitFor(() => readNode(watcher.doc, id)?.x === drop.x, { message: 'the drop reaches the watcher' });
    await waitFor(() => !remoteDrags(watcher.provider.awareness).has(dragger.doc.clientID), { message: 'the drag ends for the watcher' });
    watcher.provider.awareness.off('change', awarenessWatcher);
    expect(readNode(watcher.doc, id)).toMatchObject({ ...drop, stage: 'implement' });

    // The server stores before it forwards, so the drop is in the log by now: exactly one row.
    const after = await storedUpdates();
    expect(after.length).toBe(before + 1);
    const replayed = new Y.Doc();
    for (const row of after.slice(0, -1)) Y.applyUpdate(replayed, row.update);
    expect(readNode(replayed, id)).toMatchObject({ x: start.x, y: start.y });
    Y.applyUpdate(replayed, after.at(-1)!.update);
    expect(readNode(replayed, id)).toMatchObject({ ...drop, stage: 'implement' });
  });

  it('a drag given up writes nothing and ends for others', async () => {
    const dragger = connectPeer(server.collabUrl, room, { headers: commissioner.headers });
    const watcher = connectPeer(server.collabUrl, room, { headers: carer.headers });
    peers.push(dragger, watcher);
    await waitFor(() => dragger.provider.synced && watcher.provider.synced, { message: 'both synced' });
    const id = [...dragger.doc.getMap('nodes').keys()][0]!;
    const before = (await storedUpdates()).length;
    const broadcaster = createDragBroadcaster(dragger.provider.awareness, dragger.doc);
    broadcaster.drag(id, 10, 10);
    await waitFor(() => remoteDrags(watcher.provider.awareness).get(dragger.doc.clientID)?.x === 10, { message: 'drag seen' });
    broadcaster.cancel();
    await waitFor(() => !remoteDrags(watcher.provider.awareness).has(dragger.doc.clientID), { message: 'drag ended' });
    expect((await storedUpdates()).length).toBe(before);
  });
});

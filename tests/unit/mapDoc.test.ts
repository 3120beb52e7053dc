import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  LOCAL_ORIGIN, addNode, autoLayout, connect, copyNodes, edgesMap, moveNode, moveNodeToStage, nodeText, nodesMap, observeMap,
  pasteNodes, readMap, readNode, removeEdge, removeNode, setEdgeLabel, setNodeText, updateNode,
} from '../../shared/maps/mapDoc.ts';
import { NODE_GAP } from '../../shared/maps/mapLayout.ts';
import { LANE_TOP, LANE_WIDTH, NODE_HEIGHT, laneX, stageAt } from '../../shared/maps/mapTypes.ts';

/** Exchanges everything each doc has that the others lack, as browsers connected to one room would. */
function sync(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
  }
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** How many updates (what the server would store) a change makes. */
function updatesDuring(doc: Y.Doc, change: () => void): number {
  let count = 0;
  const count1 = () => count++;
  doc.on('update', count1);
  change();
  doc.off('update', count1);
  return count;
}

describe('process map document: nodes and edges', () => {
  it('reads back a node as added, and fills in defaults below the lane’s last node', () => {
    const doc = new Y.Doc();
    const id = addNode(doc, {
      kind: 'method', method: 'workshop', stage: 'design', label: 'Workshop', description: 'At the library', involved: ['carer', 'service_user'],
      groups: 'Carers’ centre', owner: 'Cerys', startDate: '2027-01-10', endDate: '2027-01-11', status: 'in_progress',
    });
    expect(readNode(doc, id)).toMatchObject({
      id, kind: 'method', method: 'workshop', stage: 'design', label: 'Workshop', description: 'At the library',
      involved: ['service_user', 'carer'], groups: 'Carers’ centre', owner: 'Cerys', startDate: '2027-01-10', endDate: '2027-01-11',
      status: 'in_progress', x: laneX('design'), y: LANE_TOP,
    });
    const second = addNode(doc, { stage: 'design' });
    expect(readNode(doc, second)).toMatchObject({ kind: 'activity', label: '', status: 'planned', y: LANE_TOP + NODE_HEIGHT + NODE_GAP });
    expect(readNode(doc, addNode(doc, {}))!.stage).toBe('define');
    expect(readNode(doc, addNode(doc, { x: LANE_WIDTH * 2 + 10, y: 500 }))).toMatchObject({ stage: 'implement', y: 500 });
    // An explicit stage wins over an x in another lane, so a node never sits in one lane while belonging to another.
    expect(readNode(doc, addNode(doc, { stage: 'define', x: LANE_WIDTH * 2 }))!.x).toBe(laneX('define'));
  });

  it('connects two nodes once, never a node to itself or to a missing node', () => {
    const doc = new Y.Doc();
    const a = addNode(doc, { label: 'A' });
    const b = addNode(doc, { label: 'B' });
    const edge = connect(doc, a, b, 'then');
    expect(edge).toMatch(/^[0-9a-f]{24}$/);
    expect(connect(doc, a, b)).toBeNull();
    expect(connect(doc, a, a)).toBeNull();
    expect(connect(doc, a, 'gone')).toBeNull();
    expect(connect(doc, b, a)).not.toBeNull();
    setEdgeLabel(doc, edge!, 'and then');
    expect(readMap(doc).edges.find((e) => e.id === edge)).toEqual({ id: edge, source: a, target: b, label: 'and then' });
    removeEdge(doc, edge!);
    expect(readMap(doc).edges.map((e) => [e.source, e.target])).toEqual([[b, a]]);
  });

  it('deletes a node and every edge touching it in one update', () => {
    const doc = new Y.Doc();
    const [a, b, c] = ['A', 'B', 'C'].map((label) => addNode(doc, { label }));
    connect(doc, a!, b!);
    connect(doc, b!, c!);
    const kept = connect(doc, a!, c!);
    expect(updatesDuring(doc, () => removeNode(doc, b!))).toBe(1);
    expect(readMap(doc).nodes.map((n) => n.label)).toEqual(['A', 'C']);
    expect([...edgesMap(doc).keys()]).toEqual([kept]);
  });

  it('writes only the changed span of a text, so someone typing in it at the same time keeps their characters', () => {
    const a = new Y.Doc();
    const id = addNode(a, { label: 'Workshop in Rhyl' });
    const b = copyOf(a);
    setNodeText(a, id, 'label', 'Evening workshop in Rhyl');
    nodeText(b, id, 'label')!.insert('Workshop in Rhyl'.length, ' library');
    sync(a, b);
    expect(readNode(a, id)!.label).toBe('Evening workshop in Rhyl library');
    expect(readNode(b, id)!.label).toBe('Evening workshop in Rhyl library');
    setNodeText(a, id, 'description', 'Tea 😀 and talk');
    setNodeText(a, id, 'description', 'Tea 😃 and talk');
    expect(readNode(a, id)!.description).toBe('Tea 😃 and talk');
    expect(updatesDuring(a, () => setNodeText(a, id, 'label', 'Evening workshop in Rhyl library'))).toBe(0);
  });

  it('ticks roles one by one, so two people ticking different roles at once both count', () => {
    const a = new Y.Doc();
    const id = addNode(a, { involved: ['commissioner'] });
    const b = copyOf(a);
    updateNode(a, id, { involved: ['commissioner', 'carer'], status: 'done' });
    updateNode(b, id, { involved: ['commissioner', 'provider'], owner: 'Pat' });
    sync(a, b);
    expect(readNode(a, id)).toMatchObject({ involved: ['commissioner', 'carer', 'provider'], status: 'done', owner: 'Pat' });
    expect(readNode(b, id)).toEqual(readNode(a, id));
  });

  it('moves a node on drop and takes the stage of the lane it lands in; an unchanged drop writes nothing', () => {
    const doc = new Y.Doc();
    const id = addNode(doc, { label: 'Survey' });
    moveNode(doc, id, { x: LANE_WIDTH + 70, y: 300 });
    expect(readNode(doc, id)).toMatchObject({ x: LANE_WIDTH + 70, y: 300, stage: 'design' });
    expect(updatesDuring(doc, () => moveNode(doc, id, { x: LANE_WIDTH + 70, y: 300 }))).toBe(0);
    moveNode(doc, id, { x: -500, y: 10 });
    expect(readNode(doc, id)!.stage).toBe('define');
    moveNode(doc, id, { x: Number.NaN, y: 10 });
    expect(readNode(doc, id)!.x).toBe(-500);
  });

  it('moves a node to another stage from the list: into that lane, below its last node', () => {
    const doc = new Y.Doc();
    addNode(doc, { stage: 'implement', y: 400 });
    const id = addNode(doc, { stage: 'define' });
    moveNodeToStage(doc, id, 'implement');
    expect(readNode(doc, id)).toMatchObject({ stage: 'implement', x: laneX('implement'), y: 400 + NODE_HEIGHT + NODE_GAP });
    expect(stageAt(readNode(doc, id)!.x)).toBe('implement');
  });

  it('lists nodes by stage, then top to bottom', () => {
    const doc = new Y.Doc();
    addNode(doc, { label: 'late', stage: 'implement', y: 60 });
    addNode(doc, { label: 'low', stage: 'define', y: 300 });
    addNode(doc, { label: 'high', stage: 'define', y: 100 });
    expect(readMap(doc).nodes.map((n) => n.label)).toEqual(['high', 'low', 'late']);
  });

  it('tells an observer about every change until it unsubscribes', () => {
    const doc = new Y.Doc();
    let calls = 0;
    const stop = observeMap(doc, () => calls++);
    const id = addNode(doc, {});
    setNodeText(doc, id, 'label', 'x');
    stop();
    removeNode(doc, id);
    expect(calls).toBe(2);
  });
});

describe('process map document: concurrent editing', () => {
  it('a move, a rename and a delete of one node at once converge on the node being gone, in any order', () => {
    const a = new Y.Doc();
    const id = addNode(a, { label: 'Focus group' });
    const keep = addNode(a, { label: 'Survey' });
    const b = copyOf(a);
    const c = copyOf(a);
    moveNode(a, id, { x: LANE_WIDTH * 2, y: 400 });
    removeNode(b, id);
    setNodeText(c, id, 'label', 'Focus group (evening)');
    updateNode(c, id, { status: 'done' });
    sync(c, a);
    sync(a, b);
    sync(b, c);
    for (const doc of [a, b, c]) {
      expect(nodesMap(doc).has(id)).toBe(false);
      expect(readMap(doc).nodes.map((n) => n.id)).toEqual([keep]);
    }
    expect(readMap(b)).toEqual(readMap(a));
    expect(readMap(c)).toEqual(readMap(a));
    // A late write from someone who had not seen the delete does not bring it back either.
    moveNode(a, id, { x: 0, y: 0 });
    expect(readNode(a, id)).toBeNull();
  });

  it('a connection drawn while its end is deleted leaves no visible edge on anyone’s screen', () => {
    const a = new Y.Doc();
    const from = addNode(a, { label: 'From' });
    const to = addNode(a, { label: 'To' });
    const b = copyOf(a);
    expect(connect(a, from, to, 'then')).not.toBeNull();
    removeNode(b, to);
    sync(a, b);
    expect(readMap(a)).toEqual({ nodes: [readNode(a, from)], edges: [] });
    expect(readMap(b)).toEqual(readMap(a));
  });

  it('two people connecting the same pair at once see one edge, the same one', () => {
    const a = new Y.Doc();
    const from = addNode(a, {});
    const to = addNode(a, {});
    const b = copyOf(a);
    connect(a, from, to, 'A');
    connect(b, from, to, 'B');
    sync(a, b);
    expect(readMap(a).edges).toHaveLength(1);
    expect(readMap(b).edges).toEqual(readMap(a).edges);
    // Removing the connection removes the repeat too, instead of showing it in its place.
    removeEdge(b, readMap(b).edges[0]!.id);
    expect(edgesMap(b).size).toBe(0);
  });

  it('a later delete clears away an edge left dangling by a connect racing a delete', () => {
    const a = new Y.Doc();
    const [from, to, other] = ['From', 'To', 'Other'].map((label) => addNode(a, { label }));
    const b = copyOf(a);
    connect(a, from!, to!);
    removeNode(b, to!);
    sync(a, b);
    expect(edgesMap(a).size).toBe(1);
    removeNode(a, other!);
    expect(edgesMap(a).size).toBe(0);
  });

  it('undo with an UndoManager tracking LOCAL_ORIGIN takes back only one’s own change', () => {
    const a = new Y.Doc();
    const id = addNode(a, { label: 'Drop-in' }, 'template');
    const b = copyOf(a);
    const undo = new Y.UndoManager([nodesMap(a), edgesMap(a)], { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
    moveNode(a, id, { x: LANE_WIDTH + 60, y: 200 });
    const added = addNode(a, { label: 'Mine' });
    setNodeText(b, id, 'label', 'Drop-in at the market');
    sync(a, b);
    undo.undo();
    expect(readNode(a, added)).toBeNull();
    undo.undo();
    expect(readNode(a, id)).toMatchObject({ label: 'Drop-in at the market', stage: 'define', x: laneX('define') });
    expect(undo.canUndo()).toBe(false);
    undo.redo();
    expect(readNode(a, id)).toMatchObject({ stage: 'design', y: 200 });
  });
});

describe('process map document: copy, paste and layout', () => {
  it('pastes copies with new ids, edges pointing at the copies, shifted and in the lane they land in', () => {
    const doc = new Y.Doc();
    const a = addNode(doc, { label: 'A', kind: 'decision', involved: ['carer'] });
    const b = addNode(doc, { label: 'B' });
    const outside = addNode(doc, { label: 'Outside' });
    connect(doc, a, b, 'yes');
    connect(doc, b, outside);
    const clip = copyNodes(doc, [a, b, 'gone']);
    expect(clip.nodes.map((n) => n.label)).toEqual(['A', 'B']);
    expect(clip.edges).toHaveLength(1);

    const pasted = pasteNodes(doc, JSON.parse(JSON.stringify(clip)), { x: LANE_WIDTH, y: 20 });
    expect(pasted).toHaveLength(2);
    expect(pasted.some((id) => [a, b, outside].includes(id))).toBe(false);
    const [copyA, copyB] = pasted.map((id) => readNode(doc, id)!);
    expect(copyA).toMatchObject({ label: 'A', kind: 'decision', involved: ['carer'], stage: 'design', x: readNode(doc, a)!.x + LANE_WIDTH });
    expect(copyB!.y).toBe(readNode(doc, b)!.y + 20);
    expect(readMap(doc).edges.filter((e) => pasted.includes(e.source) || pasted.includes(e.target))).toEqual([
      expect.objectContaining({ source: copyA!.id, target: copyB!.id, label: 'yes' }),
    ]);
    expect(pasteNodes(doc, JSON.stringify(clip), { x: 0, y: 0 })).toHaveLength(2);
  });

  it('refuses a clipboard that is not a well-formed map clipboard, and writes nothing', () => {
    const doc = new Y.Doc();
    const clip = copyNodes(doc, [addNode(doc, { label: 'A' })]);
    const node = clip.nodes[0]!;
    const bad: unknown[] = [
      null, 'not json', '{"type":"gweithdy/map-nodes"}', { ...clip, type: 'other' }, { ...clip, version: 2 }, { ...clip, nodes: [] },
      { ...clip, nodes: [{ ...node, kind: 'script' }] }, { ...clip, nodes: [node, node] }, { ...clip, nodes: [{ ...node, x: 'left' }] },
      { ...clip, nodes: [{ ...node, label: 'x'.repeat(10_001) }] }, { ...clip, nodes: Array.from({ length: 501 }, (_, i) => ({ ...node, id: `n${i}` })) },
    ];
    const before = Y.encodeStateVector(doc);
    for (const clipboard of bad) expect(pasteNodes(doc, clipboard, { x: 0, y: 0 })).toEqual([]);
    expect(pasteNodes(doc, clip, { x: Number.POSITIVE_INFINITY, y: 0 })).toEqual([]);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('lays every node out in its lane, following the edges, without overlaps', () => {
    const doc = new Y.Doc();
    const first = addNode(doc, { label: 'first', stage: 'design', x: LANE_WIDTH + 5, y: 900 });
    const second = addNode(doc, { label: 'second', stage: 'design', x: LANE_WIDTH + 100, y: 100 });
    const third = addNode(doc, { label: 'third', stage: 'design', y: 100 });
    for (const label of ['p', 'q', 'r']) addNode(doc, { label, stage: 'define', y: 70 });
    const loopA = addNode(doc, { label: 'loop A', stage: 'implement', y: 50 });
    const loopB = addNode(doc, { label: 'loop B', stage: 'implement', y: 40 });
    connect(doc, first, second);
    connect(doc, second, third);
    connect(doc, loopA, loopB);
    connect(doc, loopB, loopA);
    autoLayout(doc);
    const nodes = readMap(doc).nodes;
    for (const node of nodes) expect(node.x).toBe(laneX(node.stage));
    for (const stage of ['define', 'design', 'implement'] as const) {
      const ys = nodes.filter((n) => n.stage === stage).map((n) => n.y);
      ys.forEach((y, i) => expect(y).toBe(LANE_TOP + i * (NODE_HEIGHT + NODE_GAP)));
    }
    expect(nodes.filter((n) => n.stage === 'design').map((n) => n.label)).toEqual(['first', 'second', 'third']);
    expect(nodes.filter((n) => n.stage === 'implement').map((n) => n.label)).toEqual(['loop B', 'loop A']);
    expect(updatesDuring(doc, () => autoLayout(doc))).toBe(0);
  });
});

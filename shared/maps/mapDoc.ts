import * as Y from 'yjs';
import { newId } from '../outcomes/outcomeDoc.ts';
import { parseClipboard } from './mapClipboard.ts';
import { layoutPositions, nextFreeY } from './mapLayout.ts';
import { edgesMap, nodesMap, readMap, readNodeMap, stringOf } from './mapRead.ts';
import {
  INVOLVED_ROLES, laneX, stageAt, type InvolvedRole, type MapClipboard, type MapNodeValues, type MapStage, type NewMapNode,
} from './mapTypes.ts';
import { applyTextDiff } from './textDiff.ts';

/**
 * The process map's operations over its Y.Doc (layout in mapTypes.ts).
 *
 * Every operation edits the node's own Y.Map and never re-creates it, so a
 * move racing a delete cannot bring a half node back: the delete removes the
 * map, and keys written into a deleted map vanish with it. Edges live apart
 * from nodes; removeNode deletes the edges it can see, and readMap leaves out
 * any edge whose end is gone (one drawn at the same moment elsewhere).
 *
 * Writes default to LOCAL_ORIGIN, so a Y.UndoManager tracking it undoes this
 * person's own changes and never someone else's.
 */
export const LOCAL_ORIGIN = Symbol('gweithdy.map.local');

type TextField = 'label' | 'description' | 'groups';
type NodePatch = Partial<Pick<MapNodeValues, 'kind' | 'method' | 'owner' | 'startDate' | 'endDate' | 'status' | 'involved'>>;
const TEXT_FIELDS: readonly TextField[] = ['label', 'description', 'groups'];

export { edgesMap, nodesMap, readMap, readNode } from './mapRead.ts';

function newText(value = ''): Y.Text {
  const text = new Y.Text();
  if (value) text.insert(0, value);
  return text;
}

function newSet(keys: readonly string[]): Y.Map<boolean> {
  const set = new Y.Map<boolean>();
  for (const key of keys) set.set(key, true);
  return set;
}

/** A lane's stage wins over an x outside it, so stage and x never disagree. */
function placeInLane(stage: MapStage, x: number | undefined): number {
  if (x === undefined) return laneX(stage);
  if (stageAt(x) === stage) return x;
  return laneX(stage);
}

export function addNode(doc: Y.Doc, values: NewMapNode, origin: unknown = LOCAL_ORIGIN): string {
  const id = values.id ?? newId();
  doc.transact(() => {
    const stage = values.stage ?? (values.x !== undefined ? stageAt(values.x) : 'define');
    const node = new Y.Map<unknown>();
    node.set('kind', values.kind ?? 'activity');
    node.set('method', values.method ?? '');
    node.set('stage', stage);
    for (const field of TEXT_FIELDS) node.set(field, newText(values[field]));
    node.set('involved', newSet(values.involved ?? []));
    node.set('owner', values.owner ?? '');
    node.set('startDate', values.startDate ?? '');
    node.set('endDate', values.endDate ?? '');
    node.set('status', values.status ?? 'planned');
    node.set('x', placeInLane(stage, values.x));
    node.set('y', values.y ?? nextFreeY(readMap(doc).nodes, stage));
    node.set('createdAt', Date.now());
    nodesMap(doc).set(id, node);
  }, origin);
  return id;
}

/** Writes only the keys that change: an unchanged value written again would still be an update, and would undo as one. */
function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (map.get(key) !== value) map.set(key, value);
}

export function updateNode(doc: Y.Doc, id: string, patch: NodePatch, origin: unknown = LOCAL_ORIGIN): void {
  const node = nodesMap(doc).get(id);
  if (!node) return;
  doc.transact(() => {
    for (const key of ['kind', 'method', 'owner', 'startDate', 'endDate', 'status'] as const) {
      if (patch[key] !== undefined) setIfChanged(node, key, patch[key]);
    }
    if (patch.involved) {
      // Tick and untick one role at a time, so two people ticking different roles both count.
      const wanted = new Set<InvolvedRole>(patch.involved);
      let set = node.get('involved');
      if (!(set instanceof Y.Map)) node.set('involved', (set = new Y.Map<boolean>()));
      const roles = set as Y.Map<unknown>;
      for (const role of INVOLVED_ROLES) {
        if (wanted.has(role) && roles.get(role) !== true) roles.set(role, true);
        if (!wanted.has(role) && roles.has(role)) roles.delete(role);
      }
    }
  }, origin);
}

export function nodeText(doc: Y.Doc, id: string, field: TextField): Y.Text | null {
  const text = nodesMap(doc).get(id)?.get(field);
  return text instanceof Y.Text ? text : null;
}

/** From a plain input: only the changed span is written, so someone typing in the same field keeps their characters. */
export function setNodeText(doc: Y.Doc, id: string, field: TextField, text: string, origin: unknown = LOCAL_ORIGIN): void {
  const target = nodeText(doc, id, field);
  if (target) doc.transact(() => applyTextDiff(target, text), origin);
}

/** The drop of a drag: the position and the stage of the lane under it. */
export function moveNode(doc: Y.Doc, id: string, position: { x: number; y: number }, origin: unknown = LOCAL_ORIGIN): void {
  const node = nodesMap(doc).get(id);
  if (!node || !Number.isFinite(position.x) || !Number.isFinite(position.y)) return;
  doc.transact(() => {
    setIfChanged(node, 'x', position.x);
    setIfChanged(node, 'y', position.y);
    setIfChanged(node, 'stage', stageAt(position.x));
  }, origin);
}

/** From the list view: into the other lane, below its last node. */
export function moveNodeToStage(doc: Y.Doc, id: string, stage: MapStage, origin: unknown = LOCAL_ORIGIN): void {
  const node = nodesMap(doc).get(id);
  if (!node || readNodeMap(id, node).stage === stage) return;
  const y = nextFreeY(readMap(doc).nodes, stage, id);
  doc.transact(() => {
    node.set('stage', stage);
    node.set('x', laneX(stage));
    node.set('y', y);
  }, origin);
}

/**
 * Removes a node and, in the same transaction, every edge touching it. Edges
 * left dangling by a connection drawn elsewhere while a node was deleted
 * (never shown: readMap leaves them out) are cleared away here too.
 */
export function removeNode(doc: Y.Doc, id: string, origin: unknown = LOCAL_ORIGIN): void {
  doc.transact(() => {
    const nodes = nodesMap(doc);
    nodes.delete(id);
    const edges = edgesMap(doc);
    for (const [edgeId, edge] of [...edges.entries()]) {
      if (!nodes.has(stringOf(edge.get('source'))) || !nodes.has(stringOf(edge.get('target')))) edges.delete(edgeId);
    }
  }, origin);
}

/** The new edge's id, or null for a node to itself, a pair already connected that way, or an end that is gone. */
export function connect(doc: Y.Doc, source: string, target: string, label = '', origin: unknown = LOCAL_ORIGIN): string | null {
  const nodes = nodesMap(doc);
  if (source === target || !nodes.has(source) || !nodes.has(target)) return null;
  if (readMap(doc).edges.some((e) => e.source === source && e.target === target)) return null;
  const id = newId();
  doc.transact(() => addEdge(doc, id, source, target, label), origin);
  return id;
}

/** Writes one edge as it is, inside the caller's transaction: for ids chosen by the caller (templates, paste). */
export function addEdge(doc: Y.Doc, id: string, source: string, target: string, label: string): void {
  const edge = new Y.Map<unknown>();
  edge.set('source', source);
  edge.set('target', target);
  edge.set('label', newText(label));
  edgesMap(doc).set(id, edge);
}

export function setEdgeLabel(doc: Y.Doc, id: string, label: string, origin: unknown = LOCAL_ORIGIN): void {
  const text = edgesMap(doc).get(id)?.get('label');
  if (text instanceof Y.Text) doc.transact(() => applyTextDiff(text, label), origin);
}

/** Removes a connection, with any repeat of it drawn at the same moment elsewhere that readMap was hiding behind it. */
export function removeEdge(doc: Y.Doc, id: string, origin: unknown = LOCAL_ORIGIN): void {
  const edges = edgesMap(doc);
  const edge = edges.get(id);
  if (!edge) return;
  // Read before deleting: a deleted Y.Map forgets its values.
  const source = edge.get('source');
  const target = edge.get('target');
  doc.transact(() => {
    for (const [otherId, other] of [...edges.entries()]) {
      if (otherId === id || (other.get('source') === source && other.get('target') === target)) edges.delete(otherId);
    }
  }, origin);
}

/** The nodes asked for that exist, and the edges among them. */
export function copyNodes(doc: Y.Doc, ids: string[]): MapClipboard {
  const wanted = new Set(ids);
  const map = readMap(doc);
  const nodes = map.nodes.filter((n) => wanted.has(n.id)).map(({ createdAt: _createdAt, ...node }) => node);
  const edges = map.edges.filter((e) => wanted.has(e.source) && wanted.has(e.target));
  return { type: 'gweithdy/map-nodes', version: 1, nodes, edges };
}

/**
 * Adds copies of a clipboard's nodes, shifted by `offset`, with new ids and
 * their edges pointing at the copies. A clipboard that is not ours or not
 * well-formed (a string is read as JSON) adds nothing and returns [].
 */
export function pasteNodes(doc: Y.Doc, clip: unknown, offset: { x: number; y: number }, origin: unknown = LOCAL_ORIGIN): string[] {
  const parsed = parseClipboard(clip);
  if (!parsed || !Number.isFinite(offset.x) || !Number.isFinite(offset.y)) return [];
  const newIds = new Map(parsed.nodes.map((n) => [n.id, newId()]));
  doc.transact(() => {
    for (const { id, ...node } of parsed.nodes) {
      const x = node.x + offset.x;
      addNode(doc, { ...node, id: newIds.get(id)!, x, y: node.y + offset.y, stage: stageAt(x) }, origin);
    }
    const pairs = new Set<string>();
    for (const edge of parsed.edges) {
      const source = newIds.get(edge.source);
      const target = newIds.get(edge.target);
      const pair = `${source}\u0000${target}`;
      if (!source || !target || source === target || pairs.has(pair)) continue;
      pairs.add(pair);
      addEdge(doc, newId(), source, target, edge.label);
    }
  }, origin);
  return [...newIds.values()];
}

/** Every node into its own lane, stacked top to bottom following the edges; only nodes that move are written. */
export function autoLayout(doc: Y.Doc, origin: unknown = LOCAL_ORIGIN): void {
  const positions = layoutPositions(readMap(doc));
  doc.transact(() => {
    for (const [id, { x, y }] of positions) {
      const node = nodesMap(doc).get(id);
      if (!node) continue;
      setIfChanged(node, 'x', x);
      setIfChanged(node, 'y', y);
      setIfChanged(node, 'stage', stageAt(x));
    }
  }, origin);
}

/** Calls `listener` after any change to nodes or edges, local or remote; returns the unsubscribe. */
export function observeMap(doc: Y.Doc, listener: () => void): () => void {
  const onChange = () => listener();
  nodesMap(doc).observeDeep(onChange);
  edgesMap(doc).observeDeep(onChange);
  return () => {
    nodesMap(doc).unobserveDeep(onChange);
    edgesMap(doc).unobserveDeep(onChange);
  };
}

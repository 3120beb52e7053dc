import * as Y from 'yjs';
import {
  EDGES_ROOT, INVOLVED_ROLES, MAP_STAGES, METHOD_KINDS, NODE_KINDS, NODE_STATUSES, NODES_ROOT, stageAt,
  type MapEdgeValues, type MapNodeValues, type MapSnapshot, type MapStage, type MethodKind, type NodeKind, type NodeStatus,
} from './mapTypes.ts';

/**
 * Reading a process map's Y.Doc into plain values (layout in mapTypes.ts).
 * Reads tolerate anything a peer may have written: an unknown kind, a missing
 * field or a number that is not one falls back to a default, so one bad
 * write cannot break everyone's canvas. mapDoc.ts re-exports these.
 */
export function nodesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(NODES_ROOT);
}

export function edgesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(EDGES_ROOT);
}

const textOf = (value: unknown) => (value instanceof Y.Text ? value.toString() : '');
export const stringOf = (value: unknown) => (typeof value === 'string' ? value : '');
const numberOf = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const oneOf = <T extends string>(options: readonly T[], value: unknown, fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;

export function readNodeMap(id: string, node: Y.Map<unknown>): MapNodeValues {
  const x = numberOf(node.get('x'));
  const involved = node.get('involved');
  return {
    id,
    kind: oneOf<NodeKind>(NODE_KINDS, node.get('kind'), 'activity'),
    method: oneOf<MethodKind | ''>(['', ...METHOD_KINDS], node.get('method'), ''),
    stage: oneOf<MapStage>(MAP_STAGES, node.get('stage'), stageAt(x)),
    label: textOf(node.get('label')),
    description: textOf(node.get('description')),
    involved: involved instanceof Y.Map ? INVOLVED_ROLES.filter((role) => involved.get(role) === true) : [],
    groups: textOf(node.get('groups')),
    owner: stringOf(node.get('owner')),
    startDate: stringOf(node.get('startDate')),
    endDate: stringOf(node.get('endDate')),
    status: oneOf<NodeStatus>(NODE_STATUSES, node.get('status'), 'planned'),
    x,
    y: numberOf(node.get('y')),
    createdAt: numberOf(node.get('createdAt')),
  };
}

export function readNode(doc: Y.Doc, id: string): MapNodeValues | null {
  const node = nodesMap(doc).get(id);
  return node instanceof Y.Map ? readNodeMap(id, node) : null;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byStageThenPlace = (a: MapNodeValues, b: MapNodeValues) =>
  MAP_STAGES.indexOf(a.stage) - MAP_STAGES.indexOf(b.stage) || a.y - b.y || a.x - b.x || byId(a, b);

/**
 * The whole map as plain values. Edges whose ends are gone are left out, and
 * so are repeats of one connection (two people connecting the same pair at
 * once): the edge with the smallest id stands for it, the same on every peer.
 */
export function readMap(doc: Y.Doc): MapSnapshot {
  const nodes: MapNodeValues[] = [];
  nodesMap(doc).forEach((node, id) => {
    if (node instanceof Y.Map) nodes.push(readNodeMap(id, node));
  });
  const present = new Set(nodes.map((n) => n.id));
  const edges: MapEdgeValues[] = [];
  edgesMap(doc).forEach((edge, id) => {
    if (!(edge instanceof Y.Map)) return;
    const source = stringOf(edge.get('source'));
    const target = stringOf(edge.get('target'));
    if (present.has(source) && present.has(target) && source !== target) edges.push({ id, source, target, label: textOf(edge.get('label')) });
  });
  const seen = new Set<string>();
  const distinct = edges.sort(byId).filter((edge) => {
    const pair = `${edge.source}\u0000${edge.target}`;
    if (seen.has(pair)) return false;
    seen.add(pair);
    return true;
  });
  return { nodes: nodes.sort(byStageThenPlace), edges: distinct };
}

import { LANE_TOP, MAP_STAGES, NODE_HEIGHT, laneX, type MapNodeValues, type MapSnapshot, type MapStage } from './mapTypes.ts';

/** Vertical space between two nodes stacked in a lane. */
export const NODE_GAP = 24;

type Placed = Pick<MapNodeValues, 'id' | 'stage' | 'x' | 'y'>;

/** Where a node added to a lane goes: below the lowest node already in it, or at the lane's top. */
export function nextFreeY(nodes: readonly Placed[], stage: MapStage, exceptId?: string): number {
  const ys = nodes.filter((n) => n.stage === stage && n.id !== exceptId).map((n) => n.y);
  return ys.length === 0 ? LANE_TOP : Math.max(...ys) + NODE_HEIGHT + NODE_GAP;
}

const byPlace = (a: Placed, b: Placed) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The order of one lane's nodes: a node comes after the nodes in its lane that
 * point to it (so a lane reads top to bottom as the process flows), and
 * otherwise keeps today's top-to-bottom order. A cycle (a feedback loop) is
 * broken at its highest node, so every node is placed exactly once.
 */
function laneOrder(lane: readonly Placed[], edges: MapSnapshot['edges']): Placed[] {
  const ids = new Set(lane.map((n) => n.id));
  const incoming = new Map(lane.map((n) => [n.id, 0]));
  const outgoing = new Map<string, string[]>();
  for (const edge of edges) {
    if (!ids.has(edge.source) || !ids.has(edge.target) || edge.source === edge.target) continue;
    incoming.set(edge.target, incoming.get(edge.target)! + 1);
    outgoing.set(edge.source, [...(outgoing.get(edge.source) ?? []), edge.target]);
  }
  const remaining = [...lane].sort(byPlace);
  const order: Placed[] = [];
  while (remaining.length > 0) {
    const index = Math.max(0, remaining.findIndex((n) => incoming.get(n.id) === 0));
    const [next] = remaining.splice(index, 1);
    order.push(next!);
    for (const target of outgoing.get(next!.id) ?? []) incoming.set(target, incoming.get(target)! - 1);
  }
  return order;
}

/** Every node's place after auto-layout: in its stage's lane, stacked without overlaps. */
export function layoutPositions(snapshot: MapSnapshot): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  for (const stage of MAP_STAGES) {
    const lane = snapshot.nodes.filter((n) => n.stage === stage);
    laneOrder(lane, snapshot.edges).forEach((node, index) => {
      positions.set(node.id, { x: laneX(stage), y: LANE_TOP + index * (NODE_HEIGHT + NODE_GAP) });
    });
  }
  return positions;
}

import { LANE_WIDTH, NODE_HEIGHT, NODE_WIDTH, type MapNodeValues } from './mapTypes.ts';

/**
 * Where an edge of the exported SVG runs and where its label sits. Nodes are
 * drawn over the lines, so a line only needs to keep its ends and its label
 * clear of them: between lanes a straight line from side to side, with the
 * label in the gap between the lanes; in one lane a short drop to the next
 * node, or, when nodes sit in between, a bracket out to the right of them.
 */
export interface EdgeRoute {
  /** SVG path data, ending where the arrowhead goes. */
  d: string;
  /** Whether it runs out to the right of its lane (the caller staggers those so they do not share a line). */
  bracket: boolean;
  label: { x: number; y: number; anchor: 'start' | 'middle'; maxChars: number };
}

/** Half the space between two lanes' nodes, where cross-lane labels fit. */
const GAP_CENTRE = (LANE_WIDTH - NODE_WIDTH) / 2;
const BRACKET = 16;
const BRACKET_STEP = 9;

const r = (value: number) => Math.round(value * 100) / 100;

const centre = (node: MapNodeValues) => ({ x: node.x + NODE_WIDTH / 2, y: node.y + NODE_HEIGHT / 2 });

/** Nodes that a straight vertical line between `a` and `b` would pass through. */
function between(a: MapNodeValues, b: MapNodeValues, nodes: readonly MapNodeValues[]): boolean {
  const top = Math.min(a.y, b.y) + NODE_HEIGHT;
  const bottom = Math.max(a.y, b.y);
  const left = Math.max(a.x, b.x);
  const right = Math.min(a.x, b.x) + NODE_WIDTH;
  return nodes.some((n) => n !== a && n !== b && n.y < bottom && n.y + NODE_HEIGHT > top && n.x < right && n.x + NODE_WIDTH > left);
}

/** `bracketSlot`: how many brackets already run beside the same lane, each drawn a little further out. */
export function routeEdge(source: MapNodeValues, target: MapNodeValues, nodes: readonly MapNodeValues[], bracketSlot = 0): EdgeRoute {
  const s = centre(source);
  const t = centre(target);
  if (Math.abs(t.x - s.x) >= NODE_WIDTH) {
    const dir = Math.sign(t.x - s.x);
    const x1 = s.x + (dir * NODE_WIDTH) / 2;
    const x2 = t.x - (dir * NODE_WIDTH) / 2;
    // The label goes in the gap beside the source, so an edge that skips a lane does not write over its nodes.
    const along = Math.min(1, GAP_CENTRE / Math.max(1, Math.abs(x2 - x1)));
    const y = s.y + (t.y - s.y) * along;
    return {
      d: `M${r(x1)},${r(s.y)} L${r(x2)},${r(t.y)}`,
      bracket: false,
      label: { x: r(x1 + (x2 - x1) * along), y: r(y - 4), anchor: 'middle', maxChars: 20 },
    };
  }
  if (!between(source, target, nodes)) {
    const dir = t.y >= s.y ? 1 : -1;
    const y1 = s.y + (dir * NODE_HEIGHT) / 2;
    const y2 = t.y - (dir * NODE_HEIGHT) / 2;
    return { d: `M${r(s.x)},${r(y1)} L${r(t.x)},${r(y2)}`, bracket: false, label: { x: r(s.x + 6), y: r((y1 + y2) / 2 + 4), anchor: 'start', maxChars: 18 } };
  }
  const x1 = s.x + NODE_WIDTH / 2;
  const x2 = t.x + NODE_WIDTH / 2;
  const out = Math.max(x1, x2) + BRACKET + (bracketSlot % 4) * BRACKET_STEP;
  return {
    d: `M${r(x1)},${r(s.y)} H${r(out)} V${r(t.y)} H${r(x2)}`,
    bracket: true,
    label: { x: r(out + 4), y: r((s.y + t.y) / 2 + 4), anchor: 'start', maxChars: 14 },
  };
}

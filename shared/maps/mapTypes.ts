/**
 * The engagement process map (Tool 19, Involvement Process Map): the shapes
 * every part of the product agrees on. The Yjs layout and its operations are in
 * mapDoc.ts; this file holds only vocabulary and plain values.
 *
 * Layout of the Y.Doc (one per map artefact):
 *   root Y.Map `nodes`: id → Y.Map { kind, stage, label: Y.Text, description: Y.Text,
 *     involved: Y.Map<true> (roles), groups: Y.Text (named groups, free text),
 *     owner: string, startDate: string, endDate: string (YYYY-MM-DD or ''),
 *     status, x: number, y: number, createdAt: number }
 *   root Y.Map `edges`: id → Y.Map { source, target, label: Y.Text }
 */
export const NODES_ROOT = 'nodes';
export const EDGES_ROOT = 'edges';

/** The three stages of Tool 19, drawn as lanes (columns) the nodes sit in. */
export const MAP_STAGES = ['define', 'design', 'implement'] as const;
export type MapStage = (typeof MAP_STAGES)[number];

export const NODE_KINDS = ['stage', 'activity', 'stakeholder', 'method', 'decision', 'feedback'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** For `method` nodes, the kind of engagement event; other kinds keep ''. */
export const METHOD_KINDS = ['workshop', 'survey', 'drop_in', 'focus_group', 'other'] as const;
export type MethodKind = (typeof METHOD_KINDS)[number];

export const NODE_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type NodeStatus = (typeof NODE_STATUSES)[number];

/** Who takes part, by the workspace's roles (named groups are free text beside it). */
export const INVOLVED_ROLES = ['commissioner', 'service_user', 'carer', 'provider', 'citizen'] as const;
export type InvolvedRole = (typeof INVOLVED_ROLES)[number];

/** Lane geometry, shared by the canvas, auto-layout and the SVG export. */
export const LANE_WIDTH = 360;
export const LANE_TOP = 60;
export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 80;

export interface MapNodeValues {
  id: string;
  kind: NodeKind;
  method: MethodKind | '';
  stage: MapStage;
  label: string;
  description: string;
  involved: InvolvedRole[];
  groups: string;
  owner: string;
  startDate: string;
  endDate: string;
  status: NodeStatus;
  x: number;
  y: number;
  createdAt: number;
}

export interface MapEdgeValues {
  id: string;
  source: string;
  target: string;
  label: string;
}

/** The whole map as plain values; edges whose ends are gone are left out. */
export interface MapSnapshot {
  nodes: MapNodeValues[];
  edges: MapEdgeValues[];
}

export type NewMapNode = Partial<Omit<MapNodeValues, 'id' | 'createdAt'>> & { id?: string };

/** What copy puts on the clipboard: nodes and the edges between them. */
export interface MapClipboard {
  type: 'gweithdy/map-nodes';
  version: 1;
  nodes: Omit<MapNodeValues, 'createdAt'>[];
  edges: MapEdgeValues[];
}

/** A node being dragged, as shared over awareness (never written to the document until the drop). */
export interface DragPresence {
  nodeId: string;
  x: number;
  y: number;
}

/** Which lane an x position (the node's left edge) falls in. */
export function stageAt(x: number): MapStage {
  const centre = x + NODE_WIDTH / 2;
  const index = Math.min(MAP_STAGES.length - 1, Math.max(0, Math.floor(centre / LANE_WIDTH)));
  return MAP_STAGES[index]!;
}

/** The left edge of a lane, with a margin so nodes sit inside it. */
export function laneX(stage: MapStage): number {
  return MAP_STAGES.indexOf(stage) * LANE_WIDTH + (LANE_WIDTH - NODE_WIDTH) / 2;
}

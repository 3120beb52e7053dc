/*
 * CONTRACT STUB (see shared/maps/CONTRACT.md): the signatures the canvas and the
 * list view code against. The model engineer replaces these bodies with the
 * real operations; keep every export and signature.
 */
import * as Y from 'yjs';
import type { MapClipboard, MapNodeValues, MapSnapshot, MapStage, NewMapNode } from './mapTypes.ts';

/** Origin of this client's own transactions (for Y.UndoManager trackedOrigins). */
export const LOCAL_ORIGIN = Symbol('gweithdy.map.local');

export function nodesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  void [doc];
  throw new Error('mapDoc.nodesMap: not implemented yet');
}

export function edgesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  void [doc];
  throw new Error('mapDoc.edgesMap: not implemented yet');
}

/** plain values; nodes sorted by stage, then y, then x; dangling edges left out */
export function readMap(doc: Y.Doc): MapSnapshot {
  void [doc];
  throw new Error('mapDoc.readMap: not implemented yet');
}

export function readNode(doc: Y.Doc, id: string): MapNodeValues | null {
  void [doc, id];
  throw new Error('mapDoc.readNode: not implemented yet');
}

/** id; defaults: kind 'activity', stage from x or 'define', placed below the lane's last node when x/y missing */
export function addNode(doc: Y.Doc, values: NewMapNode, origin?: unknown): string {
  void [doc, values, origin];
  throw new Error('mapDoc.addNode: not implemented yet');
}

export function updateNode(doc: Y.Doc, id: string, patch: Partial<Pick<MapNodeValues,'kind'|'method'|'owner'|'startDate'|'endDate'|'status'|'involved'>>, origin?: unknown): void {
  void [doc, id, patch, origin];
  throw new Error('mapDoc.updateNode: not implemented yet');
}

/** minimal diff into the Y.Text */
export function setNodeText(doc: Y.Doc, id: string, field: 'label'|'description'|'groups', text: string, origin?: unknown): void {
  void [doc, id, field, text, origin];
  throw new Error('mapDoc.setNodeText: not implemented yet');
}

/** for live text binding */
export function nodeText(doc: Y.Doc, id: string, field: 'label'|'description'|'groups'): Y.Text | null {
  void [doc, id, field];
  throw new Error('mapDoc.nodeText: not implemented yet');
}

/** the drop: writes x, y and the stage under x (stageAt) */
export function moveNode(doc: Y.Doc, id: string, position: { x: number; y: number }, origin?: unknown): void {
  void [doc, id, position, origin];
  throw new Error('mapDoc.moveNode: not implemented yet');
}

/** list view: new stage, x into that lane, y below its last node */
export function moveNodeToStage(doc: Y.Doc, id: string, stage: MapStage, origin?: unknown): void {
  void [doc, id, stage, origin];
  throw new Error('mapDoc.moveNodeToStage: not implemented yet');
}

/** and every edge touching it, in one transaction */
export function removeNode(doc: Y.Doc, id: string, origin?: unknown): void {
  void [doc, id, origin];
  throw new Error('mapDoc.removeNode: not implemented yet');
}

/** null for self, duplicate or missing ends */
export function connect(doc: Y.Doc, source: string, target: string, label?: string, origin?: unknown): string | null {
  void [doc, source, target, label, origin];
  throw new Error('mapDoc.connect: not implemented yet');
}

export function setEdgeLabel(doc: Y.Doc, id: string, label: string, origin?: unknown): void {
  void [doc, id, label, origin];
  throw new Error('mapDoc.setEdgeLabel: not implemented yet');
}

export function removeEdge(doc: Y.Doc, id: string, origin?: unknown): void {
  void [doc, id, origin];
  throw new Error('mapDoc.removeEdge: not implemented yet');
}

/** nodes + the edges among them */
export function copyNodes(doc: Y.Doc, ids: string[]): MapClipboard {
  void [doc, ids];
  throw new Error('mapDoc.copyNodes: not implemented yet');
}

/** validates clip (zod), new ids, edges remapped */
export function pasteNodes(doc: Y.Doc, clip: unknown, offset: { x: number; y: number }, origin?: unknown): string[] {
  void [doc, clip, offset, origin];
  throw new Error('mapDoc.pasteNodes: not implemented yet');
}

/** every node into its lane, stacked top to bottom following edges (topological within the lane, then y), no overlaps */
export function autoLayout(doc: Y.Doc, origin?: unknown): void {
  void [doc, origin];
  throw new Error('mapDoc.autoLayout: not implemented yet');
}

/** deep observe of both roots; returns unsubscribe */
export function observeMap(doc: Y.Doc, listener: () => void): () => void {
  void [doc, listener];
  throw new Error('mapDoc.observeMap: not implemented yet');
}

import type * as Y from 'yjs';
import { edgesMap, LOCAL_ORIGIN, nodesMap } from '../../../shared/maps/mapDoc.ts';
import { useOwnUndo, type UndoControls } from '../../collab/useOwnUndo.ts';

export type MapUndoControls = UndoControls;

const mapRoots = (doc: Y.Doc) => [nodesMap(doc), edgesMap(doc)];
// Every map operation (canvas and list view alike) is made with LOCAL_ORIGIN.
const MAP_ORIGINS = [LOCAL_ORIGIN];

/** Undo and redo of this person's own map changes: nodes and edges alike. */
export function useMapUndo(doc: Y.Doc | null): MapUndoControls {
  return useOwnUndo(doc, mapRoots, MAP_ORIGINS);
}

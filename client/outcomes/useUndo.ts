import type * as Y from 'yjs';
import { outcomesMap } from '../../shared/outcomes/outcomeDoc.ts';
import { useOwnUndo, type UndoControls } from '../collab/useOwnUndo.ts';

export type { UndoControls };

const frameworkRoots = (doc: Y.Doc) => [outcomesMap(doc)];
// The framework's own operations run without an origin (null); typing comes through bound fields.
const FRAMEWORK_ORIGINS = [null];

/** Undo and redo of this person's own changes to the outcome framework. */
export function useUndo(doc: Y.Doc | null): UndoControls {
  return useOwnUndo(doc, frameworkRoots, FRAMEWORK_ORIGINS);
}

import { useEffect, useMemo, useState } from 'react';
import * as Y from 'yjs';
import { outcomesMap } from '../../shared/outcomes/outcomeDoc.ts';
import { TextareaEdit } from '../collab/bindTextarea.ts';

export interface UndoControls {
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
}

/**
 * Undo and redo of this person's own changes only: the manager tracks local
 * transactions (origin null, and typing through bound fields), never what
 * arrives from others through the provider.
 */
export function useUndo(doc: Y.Doc | null): UndoControls {
  const manager = useMemo(
    () => (doc ? new Y.UndoManager(outcomesMap(doc), { trackedOrigins: new Set([null, TextareaEdit]), captureTimeout: 600 }) : null),
    [doc],
  );
  const [state, setState] = useState({ canUndo: false, canRedo: false });
  useEffect(() => {
    if (!manager) return;
    const update = () => setState({ canUndo: manager.canUndo(), canRedo: manager.canRedo() });
    manager.on('stack-item-added', update);
    manager.on('stack-item-popped', update);
    manager.on('stack-cleared', update);
    return () => manager.destroy();
  }, [manager]);
  return { ...state, undo: () => manager?.undo(), redo: () => manager?.redo() };
}

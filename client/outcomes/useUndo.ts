import { useEffect, useState } from 'react';
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
 * arrives from others through the provider. Created in the effect, so React's
 * double-invoked effects (StrictMode) never leave a destroyed manager behind.
 */
export function useUndo(doc: Y.Doc | null): UndoControls {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [state, setState] = useState({ canUndo: false, canRedo: false });
  useEffect(() => {
    if (!doc) return;
    const root = outcomesMap(doc);
    const created = new Y.UndoManager(root, { trackedOrigins: new Set([null, TextareaEdit]), captureTimeout: 600 });
    const update = () => setState({ canUndo: created.canUndo(), canRedo: created.canRedo() });
    // Someone else's change closes the current undo step: one undo never reaches back across their edit.
    // (The server's echo of our own updates changes nothing, so it does not split our typing.)
    const closeStepOnRemoteChange = (transaction: Y.Transaction) => {
      if (!transaction.local && transaction.changedParentTypes.has(root as unknown as Y.AbstractType<Y.YEvent<any>>)) created.stopCapturing();
    };
    created.on('stack-item-added', update);
    created.on('stack-item-popped', update);
    created.on('stack-cleared', update);
    doc.on('afterTransaction', closeStepOnRemoteChange);
    setManager(created);
    return () => {
      doc.off('afterTransaction', closeStepOnRemoteChange);
      created.destroy();
      setManager(null);
      setState({ canUndo: false, canRedo: false });
    };
  }, [doc]);
  return { ...state, undo: () => manager?.undo(), redo: () => manager?.redo() };
}

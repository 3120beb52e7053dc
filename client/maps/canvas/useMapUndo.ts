import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { edgesMap, LOCAL_ORIGIN, nodesMap } from '../../../shared/maps/mapDoc.ts';
import { TextareaEdit } from '../../collab/bindTextarea.ts';

export interface MapUndoControls {
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
}

/**
 * Undo and redo of this person's own map changes only: the manager tracks
 * LOCAL_ORIGIN (every map operation we make) and typing through bound fields,
 * never what arrives from others. Created in the effect so StrictMode's
 * double-invoked effects never leave a destroyed manager behind.
 */
export function useMapUndo(doc: Y.Doc | null): MapUndoControls {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [state, setState] = useState({ canUndo: false, canRedo: false });
  useEffect(() => {
    if (!doc) return;
    const roots = [nodesMap(doc), edgesMap(doc)];
    const created = new Y.UndoManager(roots, { trackedOrigins: new Set<unknown>([LOCAL_ORIGIN, TextareaEdit]), captureTimeout: 600 });
    const update = () => setState({ canUndo: created.canUndo(), canRedo: created.canRedo() });
    // Someone else's change closes the current step: one undo never reaches back across their edit.
    const closeStepOnRemoteChange = (transaction: Y.Transaction) => {
      if (!transaction.local && roots.some((root) => transaction.changedParentTypes.has(root as unknown as Y.AbstractType<Y.YEvent<any>>))) created.stopCapturing();
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

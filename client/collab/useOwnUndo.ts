import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { TextareaEdit } from './bindTextarea.ts';

export interface UndoControls {
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
}

/**
 * Undo and redo of this person's own changes only: the manager tracks the
 * given local origins and typing through bound fields, never what arrives
 * from others through the provider. Created in the effect, so React's
 * double-invoked effects (StrictMode) never leave a destroyed manager behind.
 * `rootsOf` and `origins` are read once per document: pass stable values.
 */
export function useOwnUndo(doc: Y.Doc | null, rootsOf: (doc: Y.Doc) => Y.AbstractType<any>[], origins: readonly unknown[]): UndoControls {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [state, setState] = useState({ canUndo: false, canRedo: false });
  useEffect(() => {
    if (!doc) return;
    const roots = rootsOf(doc);
    const created = new Y.UndoManager(roots, { trackedOrigins: new Set<unknown>([...origins, TextareaEdit]), captureTimeout: 600 });
    const update = () => setState({ canUndo: created.canUndo(), canRedo: created.canRedo() });
    // Someone else's change closes the current undo step: one undo never reaches back across their edit.
    // (The server's echo of our own updates changes nothing, so it does not split our typing.)
    const closeStepOnRemoteChange = (transaction: Y.Transaction) => {
      if (!transaction.local && roots.some((root) => transaction.changedParentTypes.has(root as Y.AbstractType<Y.YEvent<any>>))) created.stopCapturing();
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
    // rootsOf and origins are module constants at every call site.
  }, [doc]);
  return { ...state, undo: () => manager?.undo(), redo: () => manager?.redo() };
}

import { useCallback, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/react';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type { UndoManager } from 'yjs';

export interface UndoRedoState {
  canUndo: boolean;
  canRedo: boolean;
}

/** The Collaboration extension's Yjs undo manager: it tracks only this editor's own changes. */
function undoManagerOf(editor: Editor): UndoManager | null {
  if (editor.isDestroyed) return null;
  return (yUndoPluginKey.getState(editor.state) as { undoManager?: UndoManager } | undefined)?.undoManager ?? null;
}

const STACK_EVENTS = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
const CAN_UNDO = 1;
const CAN_REDO = 2;

/**
 * Whether there is anything of one's own to undo or redo, kept current.
 * The stacks are read from the undo manager's own events as well as the
 * editor's transactions: after an undo the editor hears of the change before
 * the manager has put it on the redo stack, so transactions alone lag a step.
 */
export function useUndoRedo(editor: Editor): UndoRedoState {
  const subscribe = useCallback(
    (notify: () => void) => {
      const manager = undoManagerOf(editor);
      editor.on('transaction', notify);
      for (const event of STACK_EVENTS) manager?.on(event, notify);
      return () => {
        editor.off('transaction', notify);
        for (const event of STACK_EVENTS) manager?.off(event, notify);
      };
    },
    [editor],
  );
  const snapshot = () => {
    const manager = undoManagerOf(editor);
    if (!manager) return 0;
    return (manager.undoStack.length > 0 ? CAN_UNDO : 0) | (manager.redoStack.length > 0 ? CAN_REDO : 0);
  };
  const bits = useSyncExternalStore(subscribe, snapshot);
  return { canUndo: (bits & CAN_UNDO) !== 0, canRedo: (bits & CAN_REDO) !== 0 };
}

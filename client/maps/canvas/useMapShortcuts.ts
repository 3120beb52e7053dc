import { useCallback } from 'react';

export interface MapShortcutActions {
  undo(): void;
  redo(): void;
  deleteSelection(): boolean;
  copy(): boolean;
  pasteRemembered(): boolean;
  pasteText(text: string): boolean;
}

/** Typing in a field keeps its own keys: Delete deletes a character there, Ctrl+Z undoes typing. */
function inTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'button');
}

/**
 * The canvas's keys, on its wrapper: Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and
 * redo one's own changes, Delete or Backspace removes the selection, Ctrl+C and
 * Ctrl+V copy and paste nodes. Editors only; a viewer's canvas gets no handler.
 */
export function useMapShortcuts(actions: MapShortcutActions) {
  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      if (inTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      const command = event.ctrlKey || event.metaKey;
      let handled = false;
      if (command && key === 'z') {
        if (event.shiftKey) actions.redo();
        else actions.undo();
        handled = true;
      } else if (command && key === 'y') {
        actions.redo();
        handled = true;
      } else if (!command && (event.key === 'Delete' || event.key === 'Backspace')) {
        handled = actions.deleteSelection();
      } else if (command && key === 'c') {
        handled = actions.copy();
      } else if (command && key === 'v') {
        // When this tab copied nodes, paste those; otherwise let the browser's paste event bring another tab's.
        handled = actions.pasteRemembered();
      }
      if (handled) event.preventDefault();
    },
    [actions],
  );
  const onPaste = useCallback(
    (event: React.ClipboardEvent) => {
      if (inTextEntry(event.target)) return;
      if (actions.pasteText(event.clipboardData.getData('text/plain'))) event.preventDefault();
    },
    [actions],
  );
  return { onKeyDown, onPaste };
}

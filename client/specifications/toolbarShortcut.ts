import { Extension } from '@tiptap/core';

/** The element holding the editor's toolbar groups. */
export const TOOLBAR_ID = 'spec-toolbar';

/** The toolbar's visible words on how to reach it and leave a table; the document points at them. */
export const TOOLBAR_HINT_ID = 'spec-toolbar-hint';

/**
 * Alt+F10 moves from the document to the toolbar's first button that can be
 * used (the usual editor shortcut). In a table, Tab and Shift+Tab move between
 * cells, so without it the table controls are hard to reach by keyboard.
 */
export const ToolbarShortcut = Extension.create({
  name: 'toolbarShortcut',
  addKeyboardShortcuts() {
    return {
      'Alt-F10': () => {
        const button = document.getElementById(TOOLBAR_ID)?.querySelector<HTMLButtonElement>('button:not(:disabled)');
        if (!button) return false;
        button.focus();
        return true;
      },
    };
  },
});

import { Extension } from '@tiptap/core';

/** The ids of one editor's toolbar and of its keyboard hint: each language's editor has its own. */
export interface ToolbarIds {
  toolbar: string;
  hint: string;
}

export const ENGLISH_TOOLBAR: ToolbarIds = { toolbar: 'spec-toolbar', hint: 'spec-toolbar-hint' };
export const WELSH_TOOLBAR: ToolbarIds = { toolbar: 'spec-toolbar-cy', hint: 'spec-toolbar-cy-hint' };

/** The element holding the (English) editor's toolbar groups. */
export const TOOLBAR_ID = ENGLISH_TOOLBAR.toolbar;

/** The toolbar's visible words on how to reach it and leave a table; the document points at them. */
export const TOOLBAR_HINT_ID = ENGLISH_TOOLBAR.hint;

/** What an editable document says about reaching its toolbar (its hint names Alt+F10 and leaving a table). */
export function toolbarKeyboardAttributes(ids: ToolbarIds, editable: boolean): Record<string, string> {
  return editable ? { 'aria-keyshortcuts': 'Alt+F10', 'aria-describedby': ids.hint } : {};
}

/**
 * Alt+F10 moves from the document to its toolbar's first button that can be
 * used (the usual editor shortcut). In a table, Tab and Shift+Tab move between
 * cells, so without it the table controls are hard to reach by keyboard.
 */
export const ToolbarShortcut = Extension.create<{ toolbarId: string }>({
  name: 'toolbarShortcut',
  addOptions() {
    return { toolbarId: ENGLISH_TOOLBAR.toolbar };
  },
  addKeyboardShortcuts() {
    return {
      'Alt-F10': () => {
        const button = document.getElementById(this.options.toolbarId)?.querySelector<HTMLButtonElement>('button:not(:disabled)');
        if (!button) return false;
        button.focus();
        return true;
      },
    };
  },
});

import { findParentNode } from '@tiptap/core';
import { selectedRect } from '@tiptap/pm/tables';
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

/** Each table command the group offers, in the order a person reads them. */
const ACTIONS = ['addRowAbove', 'addRowBelow', 'addColumnLeft', 'addColumnRight', 'deleteRow', 'deleteColumn', 'headerRow', 'deleteTable'] as const;
type TableAction = (typeof ACTIONS)[number];

function run(editor: Editor, action: TableAction, dryRun: boolean): boolean {
  // A dry run (can()) answers whether the command applies here without changing anything.
  const chain = dryRun ? editor.can().chain() : editor.chain().focus();
  switch (action) {
    case 'addRowAbove':
      return chain.addRowBefore().run();
    case 'addRowBelow':
      return chain.addRowAfter().run();
    case 'addColumnLeft':
      return chain.addColumnBefore().run();
    case 'addColumnRight':
      return chain.addColumnAfter().run();
    case 'deleteRow':
      return chain.deleteRow().run();
    case 'deleteColumn':
      return chain.deleteColumn().run();
    case 'headerRow':
      return chain.toggleHeaderRow().run();
    case 'deleteTable':
      return chain.deleteTable().run();
  }
}

/** Whether the table around the selection has a header row: every cell of its first row a header cell. */
function hasHeaderRow(editor: Editor): boolean {
  const table = findParentNode((node) => node.type.name === 'table')(editor.state.selection);
  const firstRow = table?.node.firstChild;
  if (!firstRow || firstRow.childCount === 0) return false;
  let allHeaders = true;
  firstRow.forEach((cell) => {
    if (cell.type.name !== 'tableHeader') allHeaders = false;
  });
  return allHeaders;
}

/**
 * Deleting every row (or column) would leave no table: prosemirror-tables
 * refuses it, but only when run for real, so its dry run cannot tell us.
 */
function spansWholeTable(editor: Editor, direction: 'row' | 'column'): boolean {
  const rect = selectedRect(editor.state);
  return direction === 'row' ? rect.top === 0 && rect.bottom === rect.map.height : rect.left === 0 && rect.right === rect.map.width;
}

function tableStateOf(editor: Editor) {
  const inTable = editor.isActive('table');
  const enabled = Object.fromEntries(ACTIONS.map((action) => [action, inTable && run(editor, action, true)])) as Record<TableAction, boolean>;
  if (inTable) {
    enabled.deleteRow &&= !spansWholeTable(editor, 'row');
    enabled.deleteColumn &&= !spansWholeTable(editor, 'column');
  }
  return { inTable, enabled, headerRow: inTable && hasHeaderRow(editor) };
}

/**
 * Rows, columns, the header row and the table itself, shown while the caret
 * is in a table. A command that cannot apply here (deleting the only row) is
 * disabled; each one hands focus back to the cell, so typing carries on.
 */
export function TableControls({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({ editor, selector: ({ editor: current }) => tableStateOf(current) });
  if (!state.inTable) return null;
  return (
    <div className="spec-toolbar__group" role="group" aria-label={t('specEditorTools.table.label')}>
      {ACTIONS.map((action) => (
        <button
          key={action}
          type="button"
          className="spec-toolbar__button"
          disabled={!state.enabled[action]}
          aria-pressed={action === 'headerRow' ? state.headerRow : undefined}
          onClick={() => run(editor, action, false)}
        >
          {t(`specEditorTools.table.${action}`)}
        </button>
      ))}
    </div>
  );
}

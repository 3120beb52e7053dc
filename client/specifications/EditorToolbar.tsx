import type { ReactNode } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { HistoryButtons } from './HistoryButtons.tsx';
import { TableControls } from './TableControls.tsx';
import { ENGLISH_TOOLBAR, type ToolbarIds } from './toolbarShortcut.ts';

interface EditorToolbarProps {
  editor: Editor;
  /** Opens the link form (the caller owns it, so focus can return here). */
  onLink: () => void;
  linkOpen: boolean;
  /** More buttons at the end of the group (each feature owns its own). */
  children?: ReactNode;
  /** The toolbar's and its hint's ids (the Welsh editor's toolbar has its own). */
  ids?: ToolbarIds;
}

/** What the selection is now: drives aria-pressed, so screen readers hear the current formatting. */
function formattingOf(editor: Editor) {
  return {
    h2: editor.isActive('heading', { level: 2 }),
    h3: editor.isActive('heading', { level: 3 }),
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    bullets: editor.isActive('bulletList'),
    numbers: editor.isActive('orderedList'),
    link: editor.isActive('link'),
    inTable: editor.isActive('table'),
  };
}

/**
 * Undo and redo, formatting, and the table's own controls while in a table;
 * each button reachable with Tab (Alt+F10 comes here from the document,
 * Escape goes back). Each command hands focus back to the document, so a
 * keyboard user goes on typing where they were.
 */
export function EditorToolbar({ editor, onLink, linkOpen, children, ids = ENGLISH_TOOLBAR }: EditorToolbarProps) {
  const { t } = useTranslation();
  const state = useEditorState({ editor, selector: ({ editor: current }) => formattingOf(current) });

  const toggle = (key: keyof typeof state, label: string, run: () => void, shortcut?: string) => (
    <button type="button" className="spec-toolbar__button" aria-pressed={state[key]} aria-keyshortcuts={shortcut} onClick={run}>
      {label}
    </button>
  );
  const chain = () => editor.chain().focus();

  return (
    <div id={ids.toolbar} className="spec-toolbar" onKeyDown={(event) => event.key === 'Escape' && editor.commands.focus()}>
      <HistoryButtons editor={editor} />
      <div className="spec-toolbar__group" role="group" aria-label={t('specification.toolbar.label')}>
        {toggle('h2', t('specification.toolbar.heading'), () => chain().toggleHeading({ level: 2 }).run())}
        {toggle('h3', t('specification.toolbar.subheading'), () => chain().toggleHeading({ level: 3 }).run())}
        {toggle('bold', t('specification.toolbar.bold'), () => chain().toggleBold().run(), 'Control+B')}
        {toggle('italic', t('specification.toolbar.italic'), () => chain().toggleItalic().run(), 'Control+I')}
        {toggle('bullets', t('specification.toolbar.bullets'), () => chain().toggleBulletList().run())}
        {toggle('numbers', t('specification.toolbar.numbers'), () => chain().toggleOrderedList().run())}
        <button
          type="button"
          className="spec-toolbar__button"
          disabled={state.inTable}
          onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
        >
          {t('specification.toolbar.table')}
        </button>
        <button type="button" className="spec-toolbar__button" aria-pressed={state.link} aria-expanded={linkOpen} onClick={onLink}>
          {t('specification.toolbar.link')}
        </button>
        {children}
      </div>
      <TableControls editor={editor} />
      {/* In a table Tab moves between cells, so the way out of the document must be said (no keyboard trap, WCAG 2.1.2). */}
      <p id={ids.hint} className="spec-toolbar__hint">
        {t('specEditorTools.keyboard.hint')}
      </p>
    </div>
  );
}

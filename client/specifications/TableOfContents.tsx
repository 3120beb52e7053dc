import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { headingsOf, type HeadingEntry } from './headingAnchors.ts';

function sameHeadings(a: HeadingEntry[], b: HeadingEntry[] | null): boolean {
  if (!b) return false;
  return a.length === b.length && a.every((entry, i) => entry.id === b[i]!.id && entry.text === b[i]!.text && entry.level === b[i]!.level && entry.pos === b[i]!.pos);
}

/**
 * The document's headings as links. Following one moves focus to the heading:
 * into the text at its start when the person can edit, onto the heading itself
 * when they can only read.
 */
export function TableOfContents({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const headings = useEditorState({ editor, selector: ({ editor: current }) => headingsOf(current.state.doc), equalityFn: sameHeadings });
  if (headings.length === 0) return null;

  const go = (entry: HeadingEntry) => {
    if (editor.isEditable) {
      editor.chain().focus().setTextSelection(entry.pos + 1).scrollIntoView().run();
      return;
    }
    const element = document.getElementById(entry.id);
    element?.focus();
    element?.scrollIntoView({ block: 'start' });
  };

  return (
    <nav className="spec-contents" aria-label={t('specification.contents')}>
      <h2 className="spec-contents__heading">{t('specification.contents')}</h2>
      <ol className="spec-contents__list">
        {headings.map((entry) => (
          <li key={entry.id} className={`spec-contents__item spec-contents__item--${entry.level}`}>
            <a
              href={`#${entry.id}`}
              onClick={(event) => {
                event.preventDefault();
                go(entry);
              }}
            >
              {entry.text || t('specification.untitledHeading')}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

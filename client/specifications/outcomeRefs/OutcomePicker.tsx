import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { useOutcomeFramework } from './frameworkContext.tsx';
import { matchesSearch, referableOutcomes } from './outcomeRefLabel.ts';
import { OUTCOME_REF } from './outcomeRefNode.ts';

interface OutcomePickerProps {
  editor: Editor;
  /** Closes the picker; focus goes back to the document. */
  onClose: () => void;
}

/**
 * Chooses the outcome a new reference points to: a search box that filters
 * the framework's outcomes (not retired ones: nothing new should rely on
 * them) as a combobox, so it works with the keyboard alone — type, arrows,
 * Enter to insert, Escape to cancel — and with a pointer.
 */
export function OutcomePicker({ editor, onClose }: OutcomePickerProps) {
  const { t } = useTranslation();
  const framework = useOutcomeFramework();
  const [search, setSearch] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const base = useId();
  const entries = referableOutcomes(framework).filter((entry) => matchesSearch(entry, search));
  const current = entries[Math.min(active, entries.length - 1)];
  const optionId = (id: string) => `${base}-option-${id}`;

  useEffect(() => input.current?.focus(), []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const insert = (outcomeId: string) => {
    // focus() first puts the caret back where it was before the picker opened.
    editor.chain().focus().insertContent({ type: OUTCOME_REF, attrs: { outcomeId } }).run();
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.target === input.current && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((was) => Math.max(0, Math.min(entries.length - 1, Math.min(was, entries.length - 1) + step)));
    } else if (event.target === input.current && event.key === 'Enter') {
      event.preventDefault();
      if (current) insert(current.outcome.id);
    }
  };

  let message: string;
  if (framework.phase === 'unavailable') message = t('outcomeRefs.unavailable');
  else if (framework.phase === 'loading') message = t('outcomeRefs.loading');
  else if (referableOutcomes(framework).length === 0) message = t('outcomeRefs.empty');
  else if (entries.length === 0) message = t('outcomeRefs.none');
  else message = t('outcomeRefs.shown', { count: entries.length });

  return (
    <div className="outcome-picker" role="group" aria-labelledby={`${base}-heading`} onKeyDown={onKeyDown}>
      <h2 id={`${base}-heading`} className="outcome-picker__heading">
        {t('outcomeRefs.pickerHeading')}
      </h2>
      <div className="field field--inline">
        <label className="field__label" htmlFor={`${base}-search`}>
          {t('outcomeRefs.search')}
        </label>
        <input
          ref={input}
          id={`${base}-search`}
          className="field__input"
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={entries.length > 0}
          aria-controls={entries.length > 0 ? `${base}-list` : undefined}
          aria-activedescendant={current ? optionId(current.outcome.id) : undefined}
          aria-describedby={`${base}-hint`}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setActive(0);
          }}
        />
      </div>
      <p id={`${base}-hint`} className="field__hint">
        {t('outcomeRefs.searchHint')}
      </p>
      <p className="outcome-picker__status" role="status">
        {message}
      </p>
      {/* An empty listbox is an error for assistive technology: the status above says why there is none. */}
      {entries.length > 0 ? (
        <ul id={`${base}-list`} className="outcome-picker__list" role="listbox" aria-label={t('outcomeRefs.list')}>
          {entries.map((entry) => (
            <li
              key={entry.outcome.id}
              id={optionId(entry.outcome.id)}
              role="option"
              aria-selected={entry === current}
              className={`outcome-picker__option${entry === current ? ' outcome-picker__option--active' : ''}`}
              // Keep focus in the search box; the click inserts.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => insert(entry.outcome.id)}
            >
              {t('outcomeRefs.option', { number: entry.number, statement: entry.outcome.statement.trim() || t('outcomeRefs.noStatement') })}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="button button--small button--secondary" onClick={close}>
        {t('outcomeRefs.cancel')}
      </button>
    </div>
  );
}

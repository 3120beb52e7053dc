import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject, type SyntheticEvent, type TextareaHTMLAttributes } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/apiClient.ts';
import { roleLabel } from '../../workspaces/labels.ts';
import { matchCandidates, mentionIdsIn, mentionQueryAt, type MentionCandidate } from './mentions.ts';

type Chosen = { id: string; name: string };

/** A comment being written: its text and the people @mentioned in it so far. */
export function useMentionDraft(initialBody = '', initialChosen: readonly Chosen[] = []) {
  const [body, setBody] = useState(initialBody);
  const [chosen, setChosen] = useState<Chosen[]>([...initialChosen]);
  return {
    body,
    setBody,
    chosen,
    add: (person: Chosen) => setChosen((list) => (list.some((c) => c.id === person.id) ? list : [...list, person])),
    /** The ids to send, for the text as it will be sent. */
    mentionsFor: (text: string) => mentionIdsIn(text, chosen),
    reset: () => {
      setBody('');
      setChosen([]);
    },
  };
}
export type MentionDraft = ReturnType<typeof useMentionDraft>;

/** The server's 400 for a mention (field `mentions.N`) in words naming the person; null for any other error. */
export function mentionRefusal(t: TFunction, error: ApiError, sent: readonly string[], chosen: readonly Chosen[]): string | null {
  const index = /^mentions\.(\d+)$/.exec(error.field ?? '')?.[1];
  if (index === undefined) return null;
  const name = chosen.find((c) => c.id === sent[Number(index)])?.name ?? t('specComments.someone');
  return t('commentsPanel.mentions.refused', { name });
}

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'id'> {
  id: string;
  draft: MentionDraft;
  candidates: readonly MentionCandidate[];
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
}

/**
 * A comment field where typing @ offers workspace members: the list follows
 * what is typed after the @, Up and Down move through it
 * (aria-activedescendant, so focus stays in the text), Enter puts “@Name” in
 * the text, Escape closes the list (and not the form around it).
 * It stays a plain multi-line textbox (a textarea may not take the combobox
 * role in HTML), with aria-autocomplete and aria-controls; since a textbox has
 * no aria-expanded, a polite status says when people are offered.
 */
export function MentionTextarea({ id, draft, candidates, textareaRef, className, 'aria-describedby': describedBy, ...rest }: Props) {
  const { t } = useTranslation();
  const own = useRef<HTMLTextAreaElement>(null);
  const field = textareaRef ?? own;
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const caretAfterInsert = useRef<number | null>(null);

  const matches = query && query.start !== dismissedAt ? matchCandidates(candidates, query.query) : [];
  const open = matches.length > 0;
  const current = open ? matches[Math.min(active, matches.length - 1)] : undefined;
  const listId = `${id}-mentions`;
  const hintId = `${id}-mention-hint`;
  const optionId = (candidate: MentionCandidate) => `${id}-mention-${candidate.id}`;

  // After inserting a name, the caret goes after it (React would leave it at the end).
  useLayoutEffect(() => {
    const at = caretAfterInsert.current;
    if (at !== null && field.current) {
      field.current.setSelectionRange(at, at);
      caretAfterInsert.current = null;
    }
  });

  const follow = (element: HTMLTextAreaElement) => {
    const found = element.selectionStart === element.selectionEnd ? mentionQueryAt(element.value, element.selectionStart) : null;
    setQuery((was) => {
      if (!found || found.start !== was?.start || found.query !== was.query) setActive(0);
      return found;
    });
    if (!found) setDismissedAt(null);
  };

  const choose = (candidate: MentionCandidate) => {
    const element = field.current;
    if (!query || !element) return;
    const inserted = `@${candidate.name} `;
    const text = draft.body.slice(0, query.start) + inserted + draft.body.slice(element.selectionStart);
    draft.setBody(text);
    draft.add({ id: candidate.id, name: candidate.name });
    caretAfterInsert.current = query.start + inserted.length;
    setQuery(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open || !current) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((matches.indexOf(current) + step + matches.length) % matches.length);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      choose(current);
    } else if (event.key === 'Escape') {
      // Only the list closes: the form around (which Escape would cancel) stays.
      event.preventDefault();
      event.stopPropagation();
      setDismissedAt(query!.start);
    }
  };

  return (
    <div className="mention-field">
      <p id={hintId} className="field__hint">
        {t('commentsPanel.mentions.hint')}
      </p>
      <textarea
        {...rest}
        ref={field}
        id={id}
        className={className}
        value={draft.body}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={current ? optionId(current) : undefined}
        aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
        onChange={(event) => {
          draft.setBody(event.target.value);
          follow(event.target);
        }}
        onSelect={(event: SyntheticEvent<HTMLTextAreaElement>) => follow(event.currentTarget)}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery(null)}
      />
      <p role="status" aria-live="polite" className="visually-hidden">
        {open ? t('commentsPanel.mentions.offered', { count: matches.length }) : ''}
      </p>
      {/* Only while something matches: an empty listbox is an error for assistive technology. */}
      {open ? (
        <ul id={listId} role="listbox" className="mention-field__list" aria-label={t('commentsPanel.mentions.list')}>
          {matches.map((candidate) => (
            <li
              key={candidate.id}
              id={optionId(candidate)}
              role="option"
              aria-selected={candidate === current}
              className={`mention-field__option${candidate === current ? ' mention-field__option--active' : ''}`}
              // Keep focus in the text; the click chooses.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(candidate)}
            >
              {t('commentsPanel.mentions.option', { name: candidate.name, role: roleLabel(t, candidate.role) })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

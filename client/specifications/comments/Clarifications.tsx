import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/apiClient.ts';
import { apiErrorMessage } from '../../ui/errorMessages.ts';
import { FieldError } from '../../ui/fields.tsx';
import { formatDate } from '../../ui/formatDate.ts';
import { quoteFromAnchor } from './anchors.ts';
import { publishClarification, type Clarification, type Thread } from './commentsApi.ts';

/** What the commissioner's form is for: a general clarification, or the answer to one thread. */
export interface ClarificationDraft {
  threadId: string | null;
}

interface Props {
  artefactId: string;
  clarifications: Clarification[];
  threads: Thread[];
  isCommissioner: boolean;
  /** The open form (commissioners), or null; a thread's “Answer all providers” opens it linked. */
  draft: ClarificationDraft | null;
  onDraft: (draft: ClarificationDraft | null) => void;
  onPublished: () => void;
}

/**
 * Clarifications: answers published to every provider, also in a confidential
 * consultation, so all bidders work from the same information. Everyone reads
 * them; commissioners publish them here.
 */
export function Clarifications({ artefactId, clarifications, threads, isCommissioner, draft, onDraft, onPublished }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [status, setStatus] = useState('');
  // When the form closes (published, cancelled, Escape), focus goes to the button that opens it again, not to the page's top.
  const startButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !draft) startButton.current?.focus();
    wasOpen.current = draft !== null;
  }, [draft]);
  const quoteOf = (threadId: string | null) => {
    const thread = threadId ? threads.find((x) => x.id === threadId) : undefined;
    return thread ? quoteFromAnchor(thread.anchor) : null;
  };

  return (
    <section className="spec-clarifications" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('commentsPanel.clarifications.heading')}</h3>
      <p className="field__hint">{t('commentsPanel.clarifications.lead')}</p>
      {clarifications.length === 0 ? (
        <p>{t('commentsPanel.clarifications.none')}</p>
      ) : (
        <ol className="spec-clarifications__list">
          {clarifications.map((clarification) => {
            const quote = quoteOf(clarification.threadId);
            return (
              <li key={clarification.id} className="spec-clarification">
                {quote !== null ? <p className="spec-clarification__answers">{t('commentsPanel.clarifications.answers', { quote })}</p> : null}
                <p className="spec-clarification__body">{clarification.body}</p>
                <p className="spec-comment-item__when">
                  {t('commentsPanel.clarifications.published', {
                    date: formatDate(t, clarification.publishedAt),
                    name: clarification.publishedBy?.name ?? t('specComments.someone'),
                  })}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {isCommissioner ? (
        <>
          <p role="status" className="spec-comments__message">
            {status}
          </p>
          {draft ? (
            <ClarificationForm
              artefactId={artefactId}
              draft={draft}
              quote={quoteOf(draft.threadId)}
              onDraft={onDraft}
              onPublished={() => {
                setStatus(t('commentsPanel.clarifications.done'));
                onPublished();
              }}
            />
          ) : (
            <button
              ref={startButton}
              type="button"
              className="button button--small button--secondary"
              onClick={() => {
                setStatus('');
                onDraft({ threadId: null });
              }}
            >
              {t('commentsPanel.clarifications.start')}
            </button>
          )}
        </>
      ) : null}
    </section>
  );
}

interface FormProps {
  artefactId: string;
  draft: ClarificationDraft;
  quote: string | null;
  onDraft: (draft: ClarificationDraft | null) => void;
  onPublished: () => void;
}

function ClarificationForm({ artefactId, draft, quote, onDraft, onPublished }: FormProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Opened from a thread far down the panel: bring the form into view and put the caret in it.
  useEffect(() => {
    field.current?.focus();
    field.current?.scrollIntoView({ block: 'nearest' });
  }, [draft.threadId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setError(t('commentsPanel.clarifications.empty'));
      field.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await publishClarification(artefactId, body.trim(), draft.threadId);
      onDraft(null);
      onPublished();
    } catch (caught) {
      setError(apiErrorMessage(t, caught as ApiError));
      setBusy(false);
    }
  };

  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  return (
    <form className="spec-comments__new" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onDraft(null)} noValidate>
      {draft.threadId && quote !== null ? (
        <div className="spec-clarification__link">
          <p>{t('commentsPanel.clarifications.linked', { quote })}</p>
          <button type="button" className="button button--small button--secondary" onClick={() => onDraft({ threadId: null })}>
            {t('commentsPanel.clarifications.unlink')}
          </button>
        </div>
      ) : null}
      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={fieldId}>
          {t('commentsPanel.clarifications.label')}
        </label>
        <p id={hintId} className="field__hint">
          {t('commentsPanel.clarifications.hint')}
        </p>
        {error ? <FieldError id={errorId}>{error}</FieldError> : null}
        <textarea
          ref={field}
          id={fieldId}
          className="field__textarea spec-comments__textarea"
          value={body}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => setBody(event.target.value)}
        />
      </div>
      <div className="spec-thread__actions">
        <button type="submit" className="button button--small" disabled={busy}>
          {t('commentsPanel.clarifications.publish')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => onDraft(null)}>
          {t('specComments.cancel')}
        </button>
      </div>
    </form>
  );
}

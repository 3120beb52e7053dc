import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/apiClient.ts';
import { apiErrorMessage } from '../../ui/errorMessages.ts';
import type { StoredAnchor } from './anchors.ts';
import { createThread, type Thread } from './commentsApi.ts';
import type { MentionCandidate } from './mentions.ts';
import { mentionRefusal, MentionTextarea, useMentionDraft } from './MentionTextarea.tsx';

interface NewThreadProps {
  artefactId: string;
  anchor: StoredAnchor;
  candidates: readonly MentionCandidate[];
  onDone: (created: Thread | null) => void;
}

/** The first comment of a new thread on the selected text, with @mentions. */
export function NewThreadForm({ artefactId, anchor, candidates, onDone }: NewThreadProps) {
  const { t } = useTranslation();
  const draft = useMentionDraft();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = draft.body.trim();
    if (!body) {
      setError(t('specComments.emptyComment'));
      return;
    }
    const mentions = draft.mentionsFor(body);
    setBusy(true);
    try {
      const { thread } = await createThread(artefactId, anchor, body, mentions);
      onDone(thread);
    } catch (caught) {
      const apiError = caught as ApiError;
      setError(mentionRefusal(t, apiError, mentions, draft.chosen) ?? apiErrorMessage(t, apiError));
      setBusy(false);
    }
  };

  return (
    <form className="spec-comments__new" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onDone(null)} noValidate>
      <p className="spec-comments__quote">{t('specComments.quoted', { quote: anchor.quote })}</p>
      <label className="field__label" htmlFor={fieldId}>
        {t('specComments.yourComment')}
      </label>
      <MentionTextarea
        id={fieldId}
        className="field__textarea spec-comments__textarea"
        draft={draft}
        candidates={candidates}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
      />
      {error ? (
        <p id={`${fieldId}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="spec-thread__actions">
        <button type="submit" className="button button--small" disabled={busy}>
          {t('specComments.add')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => onDone(null)}>
          {t('specComments.cancel')}
        </button>
      </div>
    </form>
  );
}

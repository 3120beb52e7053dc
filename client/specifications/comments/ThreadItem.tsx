import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/apiClient.ts';
import { apiErrorMessage } from '../../ui/errorMessages.ts';
import { quoteFromAnchor, type ResolvedAnchor } from './anchors.ts';
import { ThreadOutcome } from './ThreadOutcome.tsx';
import { CommentItem, type RunChange } from './CommentItem.tsx';
import { replyToThread, setThreadStatus, type Thread } from './commentsApi.ts';
import type { MentionAudience, MentionCandidate } from './mentions.ts';
import { mentionRefusal, MentionTextarea, useMentionDraft } from './MentionTextarea.tsx';

interface Props {
  artefactId: string;
  thread: Thread;
  at: ResolvedAnchor | undefined;
  meId: string;
  isCommissioner: boolean;
  /** Whether comments may be written now (access, consultation). */
  canComment: boolean;
  active: boolean;
  onShow: (thread: Thread) => void;
  /** After a change of ours: refetch now rather than wait for our own event. */
  onChanged: () => void;
  /** Commissioners: open the clarification form linked to this thread. */
  onAnswerAll?: (thread: Thread) => void;
  /** Whom a comment in a thread with this audience may @mention. */
  candidatesFor: (audience: MentionAudience) => MentionCandidate[];
}

/** One thread in the comments panel: what it is on, its comments, and what the caller may do with it. */
export function ThreadItem({ artefactId, thread, at, meId, isCommissioner, canComment, active, onShow, onChanged, onAnswerAll, candidatesFor }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const detached = at?.state === 'detached';
  const quote = quoteFromAnchor(thread.anchor);
  // The server's rule: the thread's author or a commissioner; commissioners also after the close date.
  const mayResolve = isCommissioner || (thread.author.id === meId && canComment);
  const candidates = candidatesFor({ visibility: thread.visibility, authorId: thread.author.id, authorOrganisationId: thread.author.organisation?.id ?? null });
  // Live comments mention people by id, so “mentions you” holds whatever name the reader goes by.
  const mentionsMe = thread.comments.some((comment) => comment.body !== null && comment.mentions.some((m) => m.id === meId));

  const run: RunChange = async (action, refusal) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onChanged();
      return true;
    } catch (caught) {
      setError(refusal?.(caught as ApiError) ?? apiErrorMessage(t, caught as ApiError));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={`spec-thread${active ? ' spec-thread--active' : ''}${thread.status === 'resolved' ? ' spec-thread--resolved' : ''}`} data-thread={thread.id}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="spec-thread__quote">
          {detached ? <span className="spec-thread__detached">{t('specComments.detachedLabel')}: </span> : null}
          {t('specComments.quoted', { quote })}
        </h3>
        <p className="spec-thread__meta">
          <span className={`spec-thread__status spec-thread__status--${thread.status}`}>{t(`specComments.status.${thread.status}`)}</span>
          {thread.visibility === 'confidential' ? <span> · {t('specComments.confidential')}</span> : null}
          {mentionsMe ? <span className="spec-thread__mentions-you"> · {t('commentsPanel.mentions.mentionsYou')}</span> : null}
        </p>
        {detached ? <p className="spec-thread__note">{t('specComments.detached')}</p> : null}
        <ol className="spec-thread__comments">
          {thread.comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} thread={thread} meId={meId} canEdit={canComment} busy={busy} candidates={candidates} run={run} artefactId={artefactId} />
          ))}
        </ol>
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="spec-thread__actions">
          {at?.state === 'anchored' ? (
            <button type="button" className="button button--small button--secondary" onClick={() => onShow(thread)}>
              {t('specComments.showInText')}
            </button>
          ) : null}
          {mayResolve ? (
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={busy}
              onClick={() => void run(() => setThreadStatus(artefactId, thread.id, thread.status === 'open' ? 'resolve' : 'reopen'))}
            >
              {t(thread.status === 'open' ? 'specComments.resolve' : 'specComments.reopen')}
            </button>
          ) : null}
          {isCommissioner && onAnswerAll ? (
            <button type="button" className="button button--small button--secondary" onClick={() => onAnswerAll(thread)}>
              {t('commentsPanel.clarifications.answerAll')}
            </button>
          ) : null}
        </div>
        <ThreadOutcome artefactId={artefactId} thread={thread} isCommissioner={isCommissioner} onChanged={onChanged} />
        {canComment ? <ReplyForm artefactId={artefactId} threadId={thread.id} busy={busy} candidates={candidates} run={run} /> : null}
      </article>
    </li>
  );
}

function ReplyForm({ artefactId, threadId, busy, candidates, run }: { artefactId: string; threadId: string; busy: boolean; candidates: readonly MentionCandidate[]; run: RunChange }) {
  const { t } = useTranslation();
  const draft = useMentionDraft();
  const fieldId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = draft.body.trim();
    if (!body) return;
    const mentions = draft.mentionsFor(body);
    const sent = await run(
      () => replyToThread(artefactId, threadId, body, mentions),
      (error) => mentionRefusal(t, error, mentions, draft.chosen),
    );
    if (sent) draft.reset();
  };
  return (
    <form className="spec-thread__reply" onSubmit={submit}>
      <label className="field__label" htmlFor={fieldId}>
        {t('specComments.replyLabel')}
      </label>
      <MentionTextarea id={fieldId} className="field__textarea spec-comments__textarea" draft={draft} candidates={candidates} />
      <button type="submit" className="button button--small" disabled={busy}>
        {t('specComments.send')}
      </button>
    </form>
  );
}

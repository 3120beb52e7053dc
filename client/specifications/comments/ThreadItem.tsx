import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/apiClient.ts';
import { apiErrorMessage } from '../../ui/errorMessages.ts';
import { quoteFromAnchor, type ResolvedAnchor } from './anchors.ts';
import { ThreadOutcome } from './ThreadOutcome.tsx';
import { deleteComment, editComment, replyToThread, setThreadStatus, type Thread, type ThreadComment } from './commentsApi.ts';

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
}

/** One thread in the comments panel: what it is on, its comments, and what the caller may do with it. */
export function ThreadItem({ artefactId, thread, at, meId, isCommissioner, canComment, active, onShow, onChanged, onAnswerAll }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const detached = at?.state === 'detached';
  const quote = quoteFromAnchor(thread.anchor);
  // The server's rule: the thread's author or a commissioner; commissioners also after the close date.
  const mayResolve = isCommissioner || (thread.author.id === meId && canComment);

  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onChanged();
      return true;
    } catch (caught) {
      setError(apiErrorMessage(t, caught as ApiError));
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
        </p>
        {detached ? <p className="spec-thread__note">{t('specComments.detached')}</p> : null}
        <ol className="spec-thread__comments">
          {thread.comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} thread={thread} mine={comment.author.id === meId} canEdit={canComment} busy={busy} run={run} artefactId={artefactId} />
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
        {canComment ? <ReplyForm busy={busy} onSend={(body) => run(() => replyToThread(artefactId, thread.id, body))} /> : null}
      </article>
    </li>
  );
}

interface CommentProps {
  artefactId: string;
  comment: ThreadComment;
  thread: Thread;
  mine: boolean;
  canEdit: boolean;
  busy: boolean;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
}

function CommentItem({ artefactId, comment, thread, mine, canEdit, busy, run }: CommentProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body ?? '');
  const fieldId = useId();
  const name = comment.author.name ?? t('specComments.someone');
  // The organisation says which provider spoke; it is the thread author's (comments by others show just a name).
  const organisation = comment.author.id === thread.author.id ? thread.author.organisation?.name : undefined;
  const when = new Intl.DateTimeFormat(i18n.language === 'cy' ? 'cy-GB' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(comment.createdAt));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    if (await run(() => editComment(artefactId, thread.id, comment.id, draft.trim()))) setEditing(false);
  };

  return (
    <li className="spec-comment-item">
      <p className="spec-comment-item__by">
        <strong>{name}</strong>
        {organisation ? `, ${organisation}` : ''} <span className="spec-comment-item__when">{when}</span>
        {comment.editedAt && !comment.deletedAt ? ` ${t('specComments.edited')}` : ''}
      </p>
      {comment.body === null ? (
        <p className="spec-comment-item__deleted">{t('specComments.deleted')}</p>
      ) : editing ? (
        <form onSubmit={save} onKeyDown={(event) => event.key === 'Escape' && setEditing(false)}>
          <label className="field__label" htmlFor={fieldId}>
            {t('specComments.editLabel')}
          </label>
          <textarea id={fieldId} className="field__textarea spec-comments__textarea" value={draft} onChange={(event) => setDraft(event.target.value)} autoFocus />
          <div className="spec-thread__actions">
            <button type="submit" className="button button--small" disabled={busy}>
              {t('specComments.save')}
            </button>
            <button type="button" className="button button--small button--secondary" onClick={() => setEditing(false)}>
              {t('specComments.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p className="spec-comment-item__body">{comment.body}</p>
      )}
      {mine && canEdit && comment.body !== null && !editing ? (
        <div className="spec-thread__actions">
          <button type="button" className="button button--small button--secondary" onClick={() => setEditing(true)}>
            {t('specComments.edit')}
          </button>
          <button type="button" className="button button--small button--secondary" disabled={busy} onClick={() => void run(() => deleteComment(artefactId, thread.id, comment.id))}>
            {t('specComments.delete')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

function ReplyForm({ busy, onSend }: { busy: boolean; onSend: (body: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const fieldId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    if (await onSend(body.trim())) setBody('');
  };
  return (
    <form className="spec-thread__reply" onSubmit={submit}>
      <label className="field__label" htmlFor={fieldId}>
        {t('specComments.replyLabel')}
      </label>
      <textarea id={fieldId} className="field__textarea spec-comments__textarea" value={body} onChange={(event) => setBody(event.target.value)} />
      <button type="submit" className="button button--small" disabled={busy}>
        {t('specComments.send')}
      </button>
    </form>
  );
}

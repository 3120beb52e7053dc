import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/apiClient.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { editComment, deleteComment, type Thread, type ThreadComment } from './commentsApi.ts';
import type { MentionCandidate } from './mentions.ts';
import { MentionText } from './MentionText.tsx';
import { mentionRefusal, MentionTextarea, useMentionDraft } from './MentionTextarea.tsx';

/** Runs a change to the thread; `refusal` may word the error itself (a refused mention names the person). */
export type RunChange = (action: () => Promise<unknown>, refusal?: (error: ApiError) => string | null) => Promise<boolean>;

interface CommentProps {
  artefactId: string;
  comment: ThreadComment;
  thread: Thread;
  meId: string;
  canEdit: boolean;
  busy: boolean;
  candidates: readonly MentionCandidate[];
  run: RunChange;
}

/** One comment in a thread: who and when, its text with mentions, and editing or deleting one's own. */
export function CommentItem({ artefactId, comment, thread, meId, canEdit, busy, candidates, run }: CommentProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const mine = comment.author.id === meId;
  // Editing replaces the mentions, so the draft starts with the ones the comment has.
  const draft = useMentionDraft(comment.body ?? '', comment.mentions.filter((m): m is { id: string; name: string } => m.name !== null));
  const fieldId = useId();
  const name = comment.author.name ?? t('specComments.someone');
  // The organisation says which provider spoke; it is the thread author's (comments by others show just a name).
  const organisation = comment.author.id === thread.author.id ? thread.author.organisation?.name : undefined;
  // In words from the translations, not Intl: Welsh month names are missing from some browsers' locale data.
  const when = formatDate(t, comment.createdAt);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const body = draft.body.trim();
    if (!body) return;
    const mentions = draft.mentionsFor(body);
    const saved = await run(
      () => editComment(artefactId, thread.id, comment.id, body, mentions),
      (error) => mentionRefusal(t, error, mentions, draft.chosen),
    );
    if (saved) setEditing(false);
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
          <MentionTextarea id={fieldId} className="field__textarea spec-comments__textarea" draft={draft} candidates={candidates} autoFocus />
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
        <p className="spec-comment-item__body">
          <MentionText body={comment.body} mentions={comment.mentions} meId={meId} />
        </p>
      )}
      {mine && canEdit && comment.body !== null && !editing ? (
        <div className="spec-thread__actions">
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => {
              draft.setBody(comment.body ?? '');
              setEditing(true);
            }}
          >
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

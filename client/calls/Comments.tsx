import { TextAreaField } from '../ui/fields.tsx';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contributionCommentRequest } from '../../shared/schemas/contributions.ts';
import { formatDate } from '../ui/formatDate.ts';
import { addComment, type Contribution } from './callApi.ts';
import { FormProblem } from './FormProblem.tsx';
import { useCallForm } from './useCallForm.ts';

interface Props {
  contribution: Contribution;
  /** Contributors and commissioners while the call is open. */
  canComment: boolean;
  onChanged(contribution: Contribution): void;
}

/** A contribution's comments, oldest first, and a form to add one. */
export function Comments({ contribution, canComment, onChanged }: Props) {
  const { t } = useTranslation();
  const form = useCallForm(`comment-${contribution.id}`, 'comment');
  const [body, setBody] = useState('');
  const headingId = `comments-${contribution.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(contributionCommentRequest, { body }, async (parsed) => {
      const { contribution: updated } = await addComment(contribution.id, parsed.body);
      setBody('');
      onChanged(updated);
    });
  };

  if (!canComment && contribution.comments.length === 0) return null;
  return (
    // Not a named region: every contribution has one, and landmarks with the same name cannot be told apart.
    <section className="call-comments">
      <h5 id={headingId}>{t('calls.comments.heading', { count: contribution.comments.length })}</h5>
      {contribution.comments.length > 0 ? (
        <ul className="call-comments__list">
          {contribution.comments.map((comment) => (
            <li key={comment.id}>
              <p className="call-comments__by">{t('calls.comments.by', { name: comment.author?.name ?? t('calls.item.someone'), date: formatDate(t, comment.createdAt) })}</p>
              <p className="call-text">{comment.body}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {canComment ? (
        <form onSubmit={submit} noValidate className="call-comments__form">
          <FormProblem form={form} />
          <TextAreaField id={form.fieldId('comment')} label={t('calls.comments.label')} error={form.errorFor('comment')} rows={2} value={body} onChange={(event) => setBody(event.target.value)} />
          <button type="submit" className="button button--small" disabled={form.busy}>
            {t('calls.comments.add')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

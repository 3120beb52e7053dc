import { useTranslation } from 'react-i18next';
import type { CommentPerson } from './commentsApi.ts';
import { splitMentions } from './mentions.ts';

/**
 * A comment's text with its @mentions set apart (bold, boxed: not by colour
 * alone); a mention of the reader says so to screen readers too.
 */
export function MentionText({ body, mentions, meId }: { body: string; mentions: readonly CommentPerson[]; meId: string }) {
  const { t } = useTranslation();
  return (
    <>
      {splitMentions(body, mentions).map((part, index) =>
        typeof part === 'string' ? (
          part
        ) : (
          <strong key={index} className={`mention${part.id === meId ? ' mention--me' : ''}`}>
            {part.text}
            {part.id === meId ? <span className="visually-hidden"> {t('commentsPanel.mentions.you')}</span> : null}
          </strong>
        ),
      )}
    </>
  );
}

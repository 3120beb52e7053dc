import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Thread } from './commentsApi.ts';

/**
 * Says politely, without moving focus, that comments by other people have
 * just arrived in the panel (live over Server-Sent Events). Comments there
 * when the panel first loads, and one's own, are not news.
 */
export function CommentNews({ threads, meId }: { threads: readonly Thread[] | null; meId: string }) {
  const { t } = useTranslation();
  const seen = useRef<Set<string> | null>(null);
  // The count makes a new node even when the words repeat, so the news is said again.
  const [news, setNews] = useState({ text: '', count: 0 });

  useEffect(() => {
    if (!threads) return;
    const all = threads.flatMap((thread) => thread.comments);
    const known = seen.current;
    seen.current = new Set(all.map((comment) => comment.id));
    if (!known) return;
    const arrived = all.filter((comment) => !known.has(comment.id) && comment.author.id !== meId && comment.deletedAt === null);
    if (arrived.length === 0) return;
    const text =
      arrived.length === 1
        ? t('commentsPanel.news.one', { name: arrived[0]!.author.name ?? t('specComments.someone') })
        : t('commentsPanel.news.many', { count: arrived.length });
    setNews((was) => ({ text, count: was.count + 1 }));
  }, [threads, meId, t]);

  return (
    <p role="status" aria-live="polite" className="visually-hidden">
      <span key={news.count}>{news.text}</span>
    </p>
  );
}

import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import type { MoreState } from './useAuditTrail.ts';

interface Props {
  hasMore: boolean;
  more: MoreState;
  onLoadMore(): Promise<void>;
  /** Where focus goes when the last page arrives and the button, which had it, goes away. */
  focusAfterLast: RefObject<HTMLElement | null>;
}

/** "Load more" for the next page of entries, saying politely how many came. */
export function LoadMore({ hasMore, more, onLoadMore, focusAfterLast }: Props) {
  const { t } = useTranslation();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const hadFocus = useRef(false);

  useEffect(() => {
    // The button is gone with the last page: without this, focus would fall to the top of the document.
    if (!hasMore && hadFocus.current) {
      hadFocus.current = false;
      focusAfterLast.current?.focus();
    }
  }, [hasMore, focusAfterLast]);

  const busy = more.state === 'loading';
  const click = () => {
    if (busy) return;
    hadFocus.current = document.activeElement === buttonRef.current;
    void onLoadMore();
  };

  return (
    <div className="audit-more">
      {hasMore ? (
        <button ref={buttonRef} type="button" className="button button--secondary" onClick={click} aria-disabled={busy || undefined}>
          {t('audit.loadMore')}
        </button>
      ) : null}
      <p role="status" className="audit-more__status">
        {busy ? t('audit.loadingMore') : null}
        {more.state === 'loaded' ? `${more.count > 0 ? t('audit.loadedMore', { count: more.count }) : ''} ${hasMore ? '' : t('audit.allLoaded')}`.trim() : null}
        {more.state === 'failed' ? apiErrorMessage(t, more.error) : null}
      </p>
    </div>
  );
}

import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { takeHeadingFocus } from './router.ts';

/**
 * The one h1 of a page. After a move within the app it takes focus, so a
 * screen reader announces the new page and Tab continues from its top.
 */
export function PageHeading({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeHeadingFocus()) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}

/**
 * The browser tab's title: "<page> – Gweithdy", or the app's own title when
 * `page` is null. Follows the language (the i18n module sets the app title on a switch).
 */
export function usePageTitle(page: string | null): void {
  const { t, i18n } = useTranslation();
  const title = page === null ? t('app.documentTitle') : `${page} – ${t('app.name')}`;
  useEffect(() => {
    document.title = title;
  }, [title, i18n.language]);
}

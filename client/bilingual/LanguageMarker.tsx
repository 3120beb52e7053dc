import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../shared/bilingual/languageMarker.ts';
import './bilingual.css';

/**
 * Says which language changed after the other, so someone checks the other
 * still matches. A polite live region that is always there: when someone
 * else's edit raises or clears the marker, screen readers hear it.
 */
export function LanguageMarker({ changed, id }: { changed: ContentLanguage | null; id?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" id={id} className="language-marker-slot">
      {changed ? <p className="language-marker">{t(changed === 'cy' ? 'bilingual.marker.welshChanged' : 'bilingual.marker.englishChanged')}</p> : null}
    </div>
  );
}

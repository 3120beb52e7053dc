import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../../shared/maps/mapDoc.ts';
import { applyTemplate } from '../../shared/maps/templates.ts';

/**
 * An empty map: an editor chooses to start from the toolkit's Tool 19 map
 * (three stages with example activities, in the page's language) or from
 * nothing. A viewer is told it is empty. Gone as soon as anyone adds a node.
 */
export function MapStartChoice({ doc, readOnly }: { doc: Y.Doc; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  if (readOnly) return <p className="empty-state">{t('maps.page.emptyReadOnly')}</p>;
  if (dismissed) return null;
  const language = i18n.language === 'cy' ? 'cy' : 'en';
  return (
    <section className="empty-state map-start" aria-labelledby="map-start-heading">
      <h2 id="map-start-heading" className="map-start__heading">
        {t('maps.page.start.heading')}
      </h2>
      <p>{t('maps.page.start.lead')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => applyTemplate(doc, 'tool19', language, LOCAL_ORIGIN)}>
          {t('maps.page.start.tool19')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            applyTemplate(doc, 'empty', language, LOCAL_ORIGIN);
            setDismissed(true);
          }}
        >
          {t('maps.page.start.empty')}
        </button>
      </div>
    </section>
  );
}

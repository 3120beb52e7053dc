import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { MAP_STAGES } from '../../../shared/maps/mapTypes.ts';
import { MapListContext, type Announcement, type MapListActions } from './listContext.ts';
import { StageSection } from './StageSection.tsx';
import { useListFocus } from './useListFocus.ts';
import { useMapSnapshot } from '../useMapSnapshot.ts';
import './mapList.css';

export interface MapListViewProps {
  doc: Y.Doc;
  /** View-level people: the same outline, without any control (the server refuses their writes anyway). */
  readOnly: boolean;
}

/**
 * The process map as an outline, one section per Tool 19 stage: everything the
 * canvas can do, with a keyboard and a screen reader. Live: it reads the
 * document again after every change, whoever made it.
 */
export function MapListView({ doc, readOnly }: MapListViewProps) {
  const { t } = useTranslation();
  const snapshot = useMapSnapshot(doc);
  const [message, setMessage] = useState<{ text: Announcement; count: number } | null>(null);

  const announce = useCallback((text: Announcement) => setMessage((previous) => ({ text, count: (previous?.count ?? 0) + 1 })), []);
  const { focusWhenShown, onFocusIn } = useListFocus(snapshot, announce);
  const actions = useMemo<MapListActions>(() => ({ doc, announce, focusWhenShown }), [doc, announce, focusWhenShown]);

  return (
    <MapListContext.Provider value={actions}>
      <div className="map-list" onFocus={onFocusIn}>
        {/* Always in the page, so screen readers are already listening when a message arrives.
            A counter alternates a no-break space so the same message twice is announced twice. */}
        <p role="status" className={message ? 'map-list__status' : 'map-list__status map-list__status--empty'}>
          {message ? `${message.text(t)}${message.count % 2 ? '' : '\u00a0'}` : ''}
        </p>
        {MAP_STAGES.map((stage) => (
          <StageSection key={stage} stage={stage} snapshot={snapshot} readOnly={readOnly} />
        ))}
      </div>
    </MapListContext.Provider>
  );
}

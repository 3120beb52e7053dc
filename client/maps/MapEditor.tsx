import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { presenceColour } from '../../shared/presenceColour.ts';
import type { Artefact, WorkspaceDetail } from '../api/types.ts';
import { useUser } from '../auth/SessionContext.tsx';
import { ConnectionStatus } from '../collab/ConnectionStatus.tsx';
import { PresenceList } from '../collab/PresenceList.tsx';
import { usePeople } from '../collab/usePresence.ts';
import { useShowOthers } from '../collab/useShowOthers.ts';
import { useSyncStatus } from '../collab/useSyncStatus.ts';
import { useYjsRoom } from '../collab/useYjsRoom.ts';
import { MapCanvasView } from './canvas/MapCanvasView.tsx';
import { useMapPresence } from './canvas/useMapPresence.ts';
import { MapListView } from './list/MapListView.tsx';
import { MapStartChoice } from './MapStartChoice.tsx';
import { MapViewSwitch, type MapViewName } from './MapViewSwitch.tsx';
import { useMapSnapshot } from './useMapSnapshot.ts';

/** One map, live: connection state, who is here, and the map as a canvas or as a list. */
export function MapEditor({ workspace, artefact }: { workspace: WorkspaceDetail; artefact: Artefact }) {
  const { t } = useTranslation();
  const room = useYjsRoom(artefact.room);
  const status = useSyncStatus(room);
  const doc = room?.doc ?? null;
  const awareness = room?.provider.awareness ?? null;
  const readOnly = artefact.access !== 'edit';
  const snapshot = useMapSnapshot(doc);
  const me = useUser();
  const { present, peers } = useMapPresence(awareness);
  const people = usePeople(present);
  const [showOthers, setShowOthers] = useShowOthers();
  const [view, setView] = useState<MapViewName>('canvas');
  const synced = status.phase !== 'connecting';

  // Our own entry, as the server will stamp it for everyone else (it overrides whatever we claim).
  useEffect(() => {
    if (awareness && me) awareness.setLocalStateField('user', { id: me.id, name: me.displayName, role: workspace.role, colour: presenceColour(me.id) });
  }, [awareness, me, workspace.role]);

  // Unsent changes are kept while the tab is open; warn before closing it.
  useEffect(() => {
    if (status.unsent === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [status.unsent]);

  return (
    <div className="map-editor">
      <ConnectionStatus id="map-status" status={status} onRetry={() => room?.sync.retry()} />
      {readOnly ? <p className="notice">{t('maps.page.readOnly')}</p> : null}
      <PresenceList people={people} headingId="map-presence-heading" heading={t('maps.page.presence', { count: people.length })} selfName={(name) => t('maps.page.you', { name })} />
      {doc && synced && snapshot.nodes.length === 0 ? <MapStartChoice doc={doc} readOnly={readOnly} /> : null}
      <MapViewSwitch view={view} onView={setView} />
      {doc && synced ? (
        view === 'canvas' ? (
          <MapCanvasView doc={doc} awareness={awareness} snapshot={snapshot} title={artefact.title} readOnly={readOnly} peers={peers} showOthers={showOthers} onShowOthers={setShowOthers} />
        ) : (
          <MapListView doc={doc} readOnly={readOnly} />
        )
      ) : null}
    </div>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { collabServerUrl } from '../../collab/collabLocation.ts';
import { createYjsRoom, type YjsRoom } from '../../collab/yjsRoom.ts';
import { useFramework } from '../../outcomes/useFramework.ts';

export interface PopulationOutcome {
  id: string;
  statement: string;
  statementCy: string;
}

/**
 * The framework's population outcomes, read live from its room (as the
 * outcome page reads it), for choosing which a call asks about; null until the
 * room has synced. No presence is sent: the commissioner is on the workspace
 * page, not in the framework, and must not show there as "here now".
 */
export function usePopulationOutcomes(frameworkRoom: string | null): PopulationOutcome[] | null {
  const [room, setRoom] = useState<YjsRoom | null>(null);
  const [synced, setSynced] = useState(false);
  useEffect(() => {
    if (!frameworkRoom) return;
    const created = createYjsRoom(collabServerUrl(window.location), frameworkRoom);
    created.provider.awareness.setLocalState(null);
    const onSync = (isSynced: boolean) => isSynced && setSynced(true);
    created.provider.on('sync', onSync);
    setRoom(created);
    return () => {
      created.provider.off('sync', onSync);
      setRoom(null);
      setSynced(false);
      created.destroy();
    };
  }, [frameworkRoom]);
  const outcomes = useFramework(room?.doc ?? null);
  return useMemo(
    () => (synced ? outcomes.filter((o) => o.level === 'population' && o.status !== 'retired').map((o) => ({ id: o.id, statement: o.statement, statementCy: o.statementCy })) : null),
    [synced, outcomes],
  );
}

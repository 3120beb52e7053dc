import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { observeMap, readMap } from '../../shared/maps/mapDoc.ts';
import type { MapSnapshot } from '../../shared/maps/mapTypes.ts';

const EMPTY: MapSnapshot = { nodes: [], edges: [] };

/** The map as plain values, read again after every change to either root (ours or anyone's). */
export function useMapSnapshot(doc: Y.Doc | null): MapSnapshot {
  const [snapshot, setSnapshot] = useState<MapSnapshot>(EMPTY);
  useEffect(() => {
    if (!doc) {
      setSnapshot(EMPTY);
      return;
    }
    const update = () => setSnapshot(readMap(doc));
    update();
    return observeMap(doc, update);
  }, [doc]);
  return snapshot;
}

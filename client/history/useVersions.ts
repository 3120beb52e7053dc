import { useCallback } from 'react';
import { useLiveRead } from '../api/useLiveRead.ts';
import type { ApiError } from '../api/apiClient.ts';
import { listVersions, type Version } from './historyApi.ts';

export type VersionsLoad = { state: 'loading' } | { state: 'loaded'; versions: Version[] } | { state: 'failed'; error: ApiError };

const newestFirst = (versions: Version[]) => [...versions].sort((a, b) => b.number - a.number);

/**
 * An artefact's versions, newest first, kept current: a version taken by
 * anyone (or automatically) arrives over the history's event stream.
 * `onArrived` hears of versions that appeared after the first read;
 * `reload` reads the list at once (after this page named, restored or published one).
 */
export function useVersions(artefactId: string | null, onArrived?: (versions: Version[]) => void): { load: VersionsLoad; reload(): Promise<void> } {
  const read = useCallback(async () => (artefactId ? newestFirst((await listVersions(artefactId)).versions) : []), [artefactId]);
  const { load, update } = useLiveRead<Version[]>(
    artefactId ?? '',
    read,
    artefactId ? { url: `/api/artefacts/${encodeURIComponent(artefactId)}/versions/events`, types: ['ready', 'version'] } : null,
    (versions, previous) => {
      if (!previous) return;
      const known = new Set(previous.map((v) => v.number));
      const arrived = versions.filter((v) => !known.has(v.number));
      if (arrived.length > 0) onArrived?.(arrived);
    },
  );
  const reload = useCallback(async () => {
    const versions = await read();
    update(() => versions);
  }, [read, update]);
  if (!artefactId || load.state === 'loading') return { load: { state: 'loading' }, reload };
  return { load: load.state === 'loaded' ? { state: 'loaded', versions: load.data } : load, reload };
}

import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/apiClient.ts';
import { listVersions, type Version } from './historyApi.ts';

export type VersionsLoad = { state: 'loading' } | { state: 'loaded'; versions: Version[] } | { state: 'failed'; error: ApiError };

/** An artefact's versions, newest first, and a way to read them again after naming, restoring or publishing one. */
export function useVersions(artefactId: string | null): { load: VersionsLoad; reload(): Promise<void> } {
  const [load, setLoad] = useState<VersionsLoad>({ state: 'loading' });

  const fetchIt = useCallback(async (): Promise<VersionsLoad> => {
    if (!artefactId) return { state: 'loading' };
    try {
      const { versions } = await listVersions(artefactId);
      return { state: 'loaded', versions: [...versions].sort((a, b) => b.number - a.number) };
    } catch (error) {
      if (error instanceof ApiError) return { state: 'failed', error };
      throw error;
    }
  }, [artefactId]);

  useEffect(() => {
    let current = true;
    void fetchIt().then((result) => current && setLoad(result));
    return () => {
      current = false;
    };
  }, [fetchIt]);

  const reload = useCallback(async () => setLoad(await fetchIt()), [fetchIt]);
  return { load, reload };
}

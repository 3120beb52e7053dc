import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/apiClient.ts';
import { getWorkspace } from '../api/endpoints.ts';
import type { WorkspaceDetail } from '../api/types.ts';

export type WorkspaceLoad =
  | { state: 'loading' }
  | { state: 'loaded'; workspace: WorkspaceDetail }
  | { state: 'failed'; error: ApiError };

/** One workspace with its members and artefacts, and a way to load it again after a change. */
export function useWorkspace(id: string): { load: WorkspaceLoad; reload(): Promise<void> } {
  const [load, setLoad] = useState<WorkspaceLoad>({ state: 'loading' });

  const fetchIt = useCallback(async () => {
    try {
      const { workspace } = await getWorkspace(id);
      return { state: 'loaded', workspace } as const;
    } catch (error) {
      if (error instanceof ApiError) return { state: 'failed', error } as const;
      throw error;
    }
  }, [id]);

  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    void fetchIt().then((result) => current && setLoad(result));
    return () => {
      current = false;
    };
  }, [fetchIt]);

  const reload = useCallback(async () => setLoad(await fetchIt()), [fetchIt]);
  return { load, reload };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api/apiClient.ts';
import { commentEventsUrl, listThreads, type ThreadList } from './commentsApi.ts';

export type ThreadsLoad = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'loaded'; list: ThreadList };

/**
 * The threads the caller may see, kept current: fetched once, then again on
 * every Server-Sent Event (events carry only ids, so the list is the truth).
 * Overlapping refetches collapse into one that runs after the current one.
 */
export function useThreads(artefactId: string): { load: ThreadsLoad; refresh: () => void } {
  const [load, setLoad] = useState<ThreadsLoad>({ state: 'loading' });
  const running = useRef(false);
  const again = useRef(false);
  const alive = useRef(true);

  const refresh = useCallback(() => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    listThreads(artefactId)
      .then((list) => alive.current && setLoad({ state: 'loaded', list }))
      .catch((error: ApiError) => {
        // Keep showing what we had: a failed refetch should not blank the panel.
        if (alive.current) setLoad((was) => (was.state === 'loaded' ? was : { state: 'failed', error }));
      })
      .finally(() => {
        running.current = false;
        if (again.current && alive.current) {
          again.current = false;
          refresh();
        }
      });
  }, [artefactId]);

  useEffect(() => {
    alive.current = true;
    refresh();
    // EventSource reconnects by itself; `ready` comes again after a reconnect, so events missed meanwhile are fetched then.
    const source = new EventSource(commentEventsUrl(artefactId));
    for (const type of ['ready', 'thread', 'clarification', 'consultation']) source.addEventListener(type, refresh);
    return () => {
      alive.current = false;
      source.close();
    };
  }, [artefactId, refresh]);

  return { load, refresh };
}

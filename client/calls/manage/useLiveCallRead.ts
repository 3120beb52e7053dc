import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api/apiClient.ts';
import { callEventsUrl } from './callsManageApi.ts';

export type LiveLoad<T> = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'loaded'; data: T };

/**
 * One read of a call kept current: fetched once, then again on every event of
 * the call's stream (events carry only ids, so the read is the truth) and on
 * `refresh()`. Overlapping refetches collapse into one that runs after the
 * current one, so a burst of reports costs two requests, not twenty.
 */
export function useLiveCallRead<T>(callId: string, read: (callId: string) => Promise<T>, { live = true } = {}): { load: LiveLoad<T>; refresh: () => void } {
  const [load, setLoad] = useState<LiveLoad<T>>({ state: 'loading' });
  const running = useRef(false);
  const again = useRef(false);
  const alive = useRef(true);
  const readRef = useRef(read);
  readRef.current = read;

  const refresh = useCallback(() => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    readRef
      .current(callId)
      .then((data) => alive.current && setLoad({ state: 'loaded', data }))
      .catch((error: ApiError) => {
        // Keep what is shown: a failed refetch should not blank the page.
        if (alive.current) setLoad((was) => (was.state === 'loaded' ? was : { state: 'failed', error }));
      })
      .finally(() => {
        running.current = false;
        if (again.current && alive.current) {
          again.current = false;
          refresh();
        }
      });
  }, [callId]);

  useEffect(() => {
    alive.current = true;
    refresh();
    if (!live) return () => void (alive.current = false);
    // EventSource reconnects by itself; `ready` comes again after a reconnect, so what was missed is fetched then.
    const source = new EventSource(callEventsUrl(callId));
    source.addEventListener('ready', refresh);
    source.addEventListener('contribution', refresh);
    return () => {
      alive.current = false;
      source.close();
    };
  }, [callId, refresh, live]);

  return { load, refresh };
}

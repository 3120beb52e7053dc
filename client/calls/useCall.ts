import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/apiClient.ts';
import { callEventsUrl, getCall, type CallView, type Contribution } from './callApi.ts';

export type CallLoad = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'loaded'; view: CallView };

const asApiError = (error: unknown) => (error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)));

/**
 * The call as the viewer may see it, kept current: fetched once, then again on
 * every Server-Sent Event (events carry ids only: what the viewer may see is
 * decided by the server each time). Overlapping refetches collapse into one.
 * `arrived` lists contributions by others that came in since the last fetch,
 * so the page can say so.
 */
export function useCall(callId: string) {
  const [load, setLoad] = useState<CallLoad>({ state: 'loading' });
  const [arrived, setArrived] = useState<Contribution[]>([]);
  const running = useRef(false);
  const again = useRef(false);
  const alive = useRef(true);
  const known = useRef<Set<string> | null>(null);

  const refresh = useCallback(() => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    getCall(callId)
      .then((view) => {
        if (!alive.current) return;
        const seen = known.current;
        // The first load is not news; one's own posts are announced by the form.
        const fresh = seen ? view.contributions.filter((c) => !seen.has(c.id) && c.author?.id !== view.viewer?.userId) : [];
        // The last news stays until there is newer: a refetch for a support is not news.
        if (fresh.length > 0) setArrived(fresh);
        known.current = new Set(view.contributions.map((c) => c.id));
        setLoad({ state: 'loaded', view });
      })
      .catch((error: unknown) => {
        // A failed refetch keeps what was shown: a blip should not blank the page.
        if (alive.current) setLoad((was) => (was.state === 'loaded' ? was : { state: 'failed', error: asApiError(error) }));
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
    // EventSource reconnects by itself, and `ready` comes again then: whatever was missed is fetched.
    const source = new EventSource(callEventsUrl(callId));
    for (const type of ['ready', 'contribution']) source.addEventListener(type, refresh);
    return () => {
      alive.current = false;
      source.close();
    };
  }, [callId, refresh]);

  /** A write's answer replaces that contribution at once, before the event's refetch. */
  const replace = useCallback((updated: Contribution) => {
    known.current?.add(updated.id);
    setLoad((was) => {
      if (was.state !== 'loaded') return was;
      const list = was.view.contributions;
      const contributions = list.some((c) => c.id === updated.id) ? list.map((c) => (c.id === updated.id ? updated : c)) : [updated, ...list];
      return { state: 'loaded', view: { ...was.view, contributions } };
    });
  }, []);

  return { load, arrived, refresh, replace };
}

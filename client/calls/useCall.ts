import { useCallback, useRef, useState } from 'react';
import type { ApiError } from '../api/apiClient.ts';
import { useLiveRead } from '../api/useLiveRead.ts';
import { callEventsUrl, getCall, type CallView, type Contribution } from './callApi.ts';

export type CallLoad = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'loaded'; view: CallView };

const CALL_EVENTS = ['ready', 'contribution'];

/**
 * The call as the viewer may see it, kept current by the call's events.
 * `arrived` lists contributions by others that came in since the last fetch,
 * so the page can say so.
 */
export function useCall(callId: string) {
  const [arrived, setArrived] = useState<Contribution[]>([]);
  const known = useRef<Set<string> | null>(null);
  const noticeArrivals = useCallback((view: CallView) => {
    const seen = known.current;
    // The first load is not news; one's own posts are announced by the form.
    const fresh = seen ? view.contributions.filter((c) => !seen.has(c.id) && c.author?.id !== view.viewer?.userId) : [];
    // The last news stays until there is newer: a refetch for a support is not news.
    if (fresh.length > 0) setArrived(fresh);
    known.current = new Set(view.contributions.map((c) => c.id));
  }, []);
  const { load, refresh, update } = useLiveRead(callId, () => getCall(callId), { url: callEventsUrl(callId), types: CALL_EVENTS }, noticeArrivals);

  /** A write's answer replaces that contribution at once, before the event's refetch. */
  const replace = useCallback(
    (updated: Contribution) => {
      known.current?.add(updated.id);
      update((view) => {
        const list = view.contributions;
        const contributions = list.some((c) => c.id === updated.id) ? list.map((c) => (c.id === updated.id ? updated : c)) : [updated, ...list];
        return { ...view, contributions };
      });
    },
    [update],
  );

  const callLoad: CallLoad = load.state === 'loaded' ? { state: 'loaded', view: load.data } : load;
  return { load: callLoad, arrived, refresh, replace };
}

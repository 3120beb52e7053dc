import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './apiClient.ts';

export type LiveLoad<T> = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'loaded'; data: T };

export interface LiveEvents {
  /** A Server-Sent Events stream whose events only say that something changed. */
  url: string;
  /** The event types that call for a refetch; `ready` comes again after every reconnect. */
  types: readonly string[];
}

const asApiError = (error: unknown) => (error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)));

/**
 * A read kept current: fetched once, then again on every event of a stream
 * (events carry ids only, so the read is the truth: what the viewer may see is
 * decided by the server each time) and on `refresh()`. Overlapping refetches
 * collapse into one that runs after the current one, so a burst of events
 * costs two requests, not twenty. A failed refetch keeps what is shown.
 * `key` names what is read: a new key starts afresh; `read` may change freely.
 */
export function useLiveRead<T>(key: string, read: () => Promise<T>, events: LiveEvents | null, onData?: (data: T, previous: T | null) => void) {
  const [load, setLoad] = useState<LiveLoad<T>>({ state: 'loading' });
  const running = useRef(false);
  const again = useRef(false);
  const alive = useRef(true);
  const latest = useRef<T | null>(null);
  const readRef = useRef(read);
  readRef.current = read;
  const onDataRef = useRef(onData);
  onDataRef.current = onData;

  const refresh = useCallback(() => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    readRef
      .current()
      .then((data) => {
        if (!alive.current) return;
        onDataRef.current?.(data, latest.current);
        latest.current = data;
        setLoad({ state: 'loaded', data });
      })
      .catch((error: unknown) => {
        if (alive.current) setLoad((was) => (was.state === 'loaded' ? was : { state: 'failed', error: asApiError(error) }));
      })
      .finally(() => {
        running.current = false;
        if (again.current && alive.current) {
          again.current = false;
          refresh();
        }
      });
  }, [key]);

  const eventsUrl = events?.url ?? null;
  const eventTypes = events?.types.join(' ') ?? '';
  useEffect(() => {
    alive.current = true;
    latest.current = null;
    refresh();
    if (!eventsUrl) return () => void (alive.current = false);
    // EventSource reconnects by itself, and `ready` comes again then: whatever was missed is fetched.
    const source = new EventSource(eventsUrl);
    for (const type of eventTypes.split(' ')) source.addEventListener(type, refresh);
    return () => {
      alive.current = false;
      source.close();
    };
  }, [eventsUrl, eventTypes, refresh]);

  /** Replaces what is shown at once (a write's own answer), before the event's refetch arrives. */
  const update = useCallback((change: (data: T) => T) => {
    setLoad((was) => {
      if (was.state !== 'loaded') return was;
      const data = change(was.data);
      latest.current = data;
      return { state: 'loaded', data };
    });
  }, []);

  return { load, refresh, update };
}

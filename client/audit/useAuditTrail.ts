import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/apiClient.ts';
import { getWorkspace } from '../api/endpoints.ts';
import type { WorkspaceDetail } from '../api/types.ts';
import { listAuditEvents, type AuditEvent } from './auditApi.ts';

export type AuditLoad =
  | { state: 'loading' }
  | { state: 'failed'; error: ApiError }
  | { state: 'loaded'; workspace: WorkspaceDetail | null; events: AuditEvent[]; next: number | null };

export type MoreState = { state: 'idle' } | { state: 'loading' } | { state: 'loaded'; count: number } | { state: 'failed'; error: ApiError };

const asApiError = (error: unknown) => (error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)));

/**
 * The audit trail's first page with the workspace it belongs to (for names),
 * and the next pages on request. The events decide whether the page may be
 * shown: only commissioners get them (403 otherwise).
 */
export function useAuditTrail(workspaceId: string) {
  const [load, setLoad] = useState<AuditLoad>({ state: 'loading' });
  const [more, setMore] = useState<MoreState>({ state: 'idle' });
  const current = useRef(true);

  useEffect(() => {
    current.current = true;
    setLoad({ state: 'loading' });
    // The workspace only supplies names: without it the trail still reads, with fewer names.
    const workspace = getWorkspace(workspaceId).then(
      (body) => body.workspace,
      () => null,
    );
    listAuditEvents(workspaceId)
      .then(async (page) => {
        const detail = await workspace;
        if (current.current) setLoad({ state: 'loaded', workspace: detail, events: page.events, next: page.next });
      })
      .catch((error: unknown) => current.current && setLoad({ state: 'failed', error: asApiError(error) }));
    return () => {
      current.current = false;
    };
  }, [workspaceId]);

  const after = load.state === 'loaded' ? load.next : null;
  const loadMore = useCallback(async () => {
    if (after === null) return;
    setMore({ state: 'loading' });
    try {
      const page = await listAuditEvents(workspaceId, after);
      if (!current.current) return;
      setLoad((previous) =>
        previous.state === 'loaded'
          ? {
              ...previous,
              // A page never repeats an entry (after= is exclusive), but guard against a double click racing.
              events: [...previous.events, ...page.events.filter((e) => e.seq > (previous.events.at(-1)?.seq ?? 0))],
              next: page.next,
            }
          : previous,
      );
      setMore({ state: 'loaded', count: page.events.length });
    } catch (error) {
      if (current.current) setMore({ state: 'failed', error: asApiError(error) });
    }
  }, [workspaceId, after]);

  // Entries recorded while the page is open: once every page is loaded, each
  // new one is fetched and added at the end (before then, "Load more" brings it).
  const [arrived, setArrived] = useState(0);
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => {
    let running = false;
    let again = false;
    const catchUp = async () => {
      if (running) {
        again = true;
        return;
      }
      const now = latest.current;
      if (now.state !== 'loaded' || now.next !== null) return;
      running = true;
      try {
        const lastSeq = now.events.at(-1)?.seq ?? 0;
        const page = await listAuditEvents(workspaceId, lastSeq);
        if (!current.current || page.events.length === 0) return;
        setLoad((previous) => {
          if (previous.state !== 'loaded') return previous;
          const fresh = page.events.filter((e) => e.seq > (previous.events.at(-1)?.seq ?? 0));
          return { ...previous, events: [...previous.events, ...fresh], next: page.next };
        });
        setArrived((count) => count + page.events.filter((e) => e.seq > lastSeq).length);
      } catch {
        // The next entry, or the stream's reconnect, tries again.
      } finally {
        running = false;
        if (again) {
          again = false;
          void catchUp();
        }
      }
    };
    // `ready` comes again after every reconnect: whatever was missed is fetched then.
    const source = new EventSource(`/api/workspaces/${encodeURIComponent(workspaceId)}/audit/events`);
    const onEvent = () => void catchUp();
    source.addEventListener('audit', onEvent);
    source.addEventListener('ready', onEvent);
    return () => source.close();
  }, [workspaceId]);

  return { load, more, loadMore, arrived };
}

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

  return { load, more, loadMore };
}

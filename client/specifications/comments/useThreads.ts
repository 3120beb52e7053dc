import type { ApiError } from '../../api/apiClient.ts';
import { useLiveRead } from '../../api/useLiveRead.ts';
import { commentEventsUrl, listThreads, type ThreadList } from './commentsApi.ts';

export type ThreadsLoad = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'loaded'; list: ThreadList };

const COMMENT_EVENTS = ['ready', 'thread', 'clarification', 'consultation'];

/** The threads the caller may see, kept current by the specification's comment events. */
export function useThreads(artefactId: string): { load: ThreadsLoad; refresh: () => void } {
  const { load, refresh } = useLiveRead(artefactId, () => listThreads(artefactId), { url: commentEventsUrl(artefactId), types: COMMENT_EVENTS });
  return { load: load.state === 'loaded' ? { state: 'loaded', list: load.data } : load, refresh };
}

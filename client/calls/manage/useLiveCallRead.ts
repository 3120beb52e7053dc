import { useLiveRead, type LiveLoad } from '../../api/useLiveRead.ts';
import { callEventsUrl } from './callsManageApi.ts';

export type { LiveLoad };

/** One read of a call (its summary, its moderation queue) kept current by the call's events. */
export function useLiveCallRead<T>(callId: string, read: (callId: string) => Promise<T>, { live = true } = {}) {
  const { load, refresh } = useLiveRead(callId, () => read(callId), live ? { url: callEventsUrl(callId), types: ['ready', 'contribution'] } : null);
  return { load, refresh };
}

import { useSyncExternalStore } from 'react';
import { INITIAL_STATUS, type SyncStatus } from './syncTracker.ts';
import type { YjsRoom } from './yjsRoom.ts';

const noSubscription = () => () => {};
const initialStatus = () => INITIAL_STATUS;

/** The room's connection and saved state, re-rendering only when what is shown changes. */
export function useSyncStatus(room: YjsRoom | null): SyncStatus {
  return useSyncExternalStore(room?.sync.subscribe ?? noSubscription, room?.sync.getStatus ?? initialStatus);
}

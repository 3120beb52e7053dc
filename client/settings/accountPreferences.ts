import { apiGet, apiRequest } from '../api/apiClient.ts';
import type { Preferences } from '../../shared/schemas/preferences.ts';

/** The signed-in person's saved settings (only those they chose), or null when signed out. */
export async function fetchSavedPreferences(): Promise<Partial<Preferences> | null> {
  const { user, preferences } = await apiGet<{ user: unknown; preferences?: Partial<Preferences> }>('/api/me', { quietUnauthenticated: true });
  return user ? (preferences ?? {}) : null;
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

let state: SaveState = 'idle';
const listeners = new Set<() => void>();
let queue: Promise<void> = Promise.resolve();
let pending = 0;
let failedSince = false;

function setState(next: SaveState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const getSaveState = () => state;
export function subscribeToSaveState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Saves changes with the account, one request after another so the last
 * choice is the one kept; the settings page says whether it worked. A
 * failure leaves the choice on the device (it still applies).
 */
export function saveWithAccount(changes: Partial<Preferences>): void {
  pending += 1;
  setState('saving');
  queue = queue
    .then(() => apiRequest('PATCH', '/api/me/preferences', changes))
    .then(
      () => undefined,
      () => void (failedSince = true),
    )
    .then(() => {
      pending -= 1;
      if (pending > 0) return; // a later choice is still on its way: say nothing yet
      setState(failedSince ? 'failed' : 'saved');
      failedSince = false;
    });
}

/** After signing out or in as someone else, nothing is said about an earlier save. */
export function resetSaveState(): void {
  setState('idle');
}

import { useCallback, useState } from 'react';
import { ApiError } from '../api/apiClient.ts';

/**
 * One request a control sends (a dialog's confirm, a button's action): `busy`
 * while it runs, and the API's refusal kept to show until the next try. Any
 * other error is a bug and is thrown on. `run` answers whether it succeeded.
 */
export function useRequest() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async (request: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await request();
      return true;
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}

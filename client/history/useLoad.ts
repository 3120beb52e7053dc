import { useEffect, useState } from 'react';
import { ApiError } from '../api/apiClient.ts';

export type Load<T> = { state: 'loading' } | { state: 'loaded'; value: T } | { state: 'failed'; error: ApiError };

/**
 * The result of `request`, run again whenever `key` changes; an answer that
 * arrives after the key moved on (a slow diff, then another) is dropped.
 */
export function useLoad<T>(key: string, request: () => Promise<T>): Load<T> {
  const [load, setLoad] = useState<{ key: string; load: Load<T> }>({ key, load: { state: 'loading' } });
  useEffect(() => {
    let current = true;
    setLoad({ key, load: { state: 'loading' } });
    request().then(
      (value) => current && setLoad({ key, load: { state: 'loaded', value } }),
      (error: unknown) => {
        if (!current) return;
        setLoad({ key, load: { state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)) } });
      },
    );
    return () => {
      current = false;
    };
    // `request` is a new closure each render; `key` says what it asks for.
  }, [key]);
  return load.key === key ? load.load : { state: 'loading' };
}

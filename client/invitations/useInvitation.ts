import { useEffect, useState } from 'react';
import { ApiError } from '../api/apiClient.ts';
import { getInvitation } from '../api/endpoints.ts';
import type { InvitationPreview } from '../api/types.ts';

export type InvitationLoad =
  | { state: 'loading' }
  | { state: 'loaded'; invitation: InvitationPreview }
  | { state: 'failed'; error: ApiError };

/** What an invitation link is for: the workspace, the role, the organisation. */
export function useInvitation(code: string): InvitationLoad {
  const [load, setLoad] = useState<InvitationLoad>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    getInvitation(code).then(
      ({ invitation }) => current && setLoad({ state: 'loaded', invitation }),
      (error: unknown) => {
        if (!(error instanceof ApiError)) throw error;
        if (current) setLoad({ state: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [code]);
  return load;
}

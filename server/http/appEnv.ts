import type { ValidSession } from '../auth/sessions.ts';

export interface SignedInUser {
  id: string;
  kind: 'account' | 'guest';
  email: string | null;
  displayName: string;
}

/** What the session middleware puts on every request. */
export interface AuthState {
  session: ValidSession;
  user: SignedInUser;
}

export interface AppEnv {
  Variables: {
    auth: AuthState | null;
  };
}

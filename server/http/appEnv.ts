import type { ValidSession } from '../auth/sessions.ts';
import type { AuditLog } from '../audit/auditLog.ts';
import type { Versioning } from '../versions/versioning.ts';

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
    /** The append-only audit log every route records its decisions in. */
    audit: AuditLog;
    /** Versions of artefacts, for routes whose events take one (workshop closed, consultation opened or closed). */
    versioning: Versioning;
  };
}

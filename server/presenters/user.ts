import type { SignedInUser } from '../http/appEnv.ts';

/** The only place a user becomes JSON. Never includes hashes or session data. */
export function presentUser(user: SignedInUser) {
  return { id: user.id, kind: user.kind, email: user.email, displayName: user.displayName };
}

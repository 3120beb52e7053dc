import { createMiddleware } from 'hono/factory';
import type { Kysely } from 'kysely';
import type { SessionStore } from '../auth/sessions.ts';
import { clearSessionCookie, readSessionCookie, writeSessionCookie, type CookieOptions } from '../auth/sessionCookie.ts';
import { findUserById, toSignedInUser } from '../auth/users.ts';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { apiError } from '../http/errors.ts';

export interface SessionMiddlewareOptions {
  db: Kysely<Database>;
  sessions: SessionStore;
  cookie: CookieOptions;
}

/**
 * Reads the session cookie on every request and sets `auth` (or null). A bad
 * or expired token is simply "not signed in" and its cookie is cleared; the
 * cookie's expiry follows the session's sliding renewal.
 */
export function sessionMiddleware({ db, sessions, cookie }: SessionMiddlewareOptions) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set('auth', null);
    const token = readSessionCookie(c);
    if (token) {
      const session = await sessions.validate(token);
      const user = session ? await findUserById(db, session.userId) : undefined;
      if (session && user) {
        c.set('auth', { session, user: toSignedInUser(user) });
        writeSessionCookie(c, token, sessions.expiresAt(session), cookie);
      } else {
        clearSessionCookie(c, cookie);
      }
    }
    await next();
  });
}

/** 401 unless signed in. */
export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get('auth')) return apiError(c, 401, 'unauthenticated', 'Sign in to continue');
  await next();
});

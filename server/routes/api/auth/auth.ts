import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { changePasswordRequest, loginRequest, signupRequest } from '../../../../shared/schemas/auth.ts';
import { hashPassword, verifyPassword } from '../../../auth/passwords.ts';
import { clearSessionCookie, writeSessionCookie, type CookieOptions } from '../../../auth/sessionCookie.ts';
import type { SessionStore } from '../../../auth/sessions.ts';
import { createAccount, findUserByEmail, findUserById, toSignedInUser } from '../../../auth/users.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import type { LiveAccessEvents } from '../../../http/liveAccess.ts';
import { clientAddress, TokenBuckets } from '../../../middleware/rateLimit.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { validateJson } from '../../../middleware/validateJson.ts';
import { presentUser } from '../../../presenters/user.ts';

export interface AuthRoutesOptions {
  db: Kysely<Database>;
  sessions: SessionStore;
  cookie: CookieOptions;
  trustProxy: boolean;
  live: LiveAccessEvents;
}

function tooManyRequests(c: Context, retryAfterSeconds: number) {
  c.header('Retry-After', String(retryAfterSeconds));
  return apiError(c, 429, 'rate_limited', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`);
}

/** POST /api/auth/signup, /login, /logout, /password. */
export function authRoutes(options: AuthRoutesOptions) {
  const { db, sessions, cookie } = options;
  // Per IP: bursts of 20, then one every 3 s. Per account: 5, then one every 30 s.
  const perIp = new TokenBuckets({ capacity: 20, refillPerSecond: 1 / 3 });
  const perAccount = new TokenBuckets({ capacity: 5, refillPerSecond: 1 / 30 });

  const limitByIp = async (c: Context, next: () => Promise<void>) => {
    const verdict = perIp.take(`${c.req.path}:${clientAddress(c, options.trustProxy)}`);
    if (!verdict.ok) return tooManyRequests(c, verdict.retryAfterSeconds);
    await next();
  };

  const startSession = async (c: Context, userId: string) => {
    const { token, session } = await sessions.create(userId);
    writeSessionCookie(c, token, sessions.expiresAt(session), cookie);
  };

  return new Hono<AppEnv>()
    .post('/signup', limitByIp, validateJson(signupRequest), async (c) => {
      const { email, password, displayName } = c.get('body');
      const verdict = perAccount.take(`signup:${email}`);
      if (!verdict.ok) return tooManyRequests(c, verdict.retryAfterSeconds);
      if (await findUserByEmail(db, email)) {
        return apiError(c, 409, 'email_taken', 'An account with this email already exists', 'email');
      }
      const user = await createAccount(db, { email, displayName, passwordHash: await hashPassword(password) });
      await startSession(c, user.id);
      return c.json({ user: presentUser(toSignedInUser(user)) }, 201);
    })
    .post('/login', limitByIp, validateJson(loginRequest), async (c) => {
      const { email, password } = c.get('body');
      const verdict = perAccount.take(`login:${email}`);
      if (!verdict.ok) return tooManyRequests(c, verdict.retryAfterSeconds);
      const user = await findUserByEmail(db, email);
      if (!(await verifyPassword(user?.password_hash ?? null, password)) || !user) {
        return apiError(c, 401, 'invalid_credentials', 'That email and password do not match an account');
      }
      await startSession(c, user.id); // a new token on every sign-in
      await c.get('audit').record({ workspaceId: null, actorId: user.id, kind: 'signed_in' });
      return c.json({ user: presentUser(toSignedInUser(user)) });
    })
    .post('/logout', async (c) => {
      const auth = c.get('auth');
      if (auth) {
        await sessions.invalidate(auth.session.id);
        options.live.sessionsEnded([auth.session.id]);
      }
      clearSessionCookie(c, cookie);
      return c.body(null, 204);
    })
    .post('/password', requireAuth, validateJson(changePasswordRequest), async (c) => {
      const auth = c.get('auth')!;
      const { currentPassword, newPassword } = c.get('body');
      const user = await findUserById(db, auth.user.id);
      if (!user || !(await verifyPassword(user.password_hash, currentPassword))) {
        return apiError(c, 400, 'wrong_password', 'The current password is not right', 'currentPassword');
      }
      await db.updateTable('users').set({ password_hash: await hashPassword(newPassword) }).where('id', '=', user.id).execute();
      // Every session ends, this one too; the person gets a fresh one.
      options.live.sessionsEnded(await sessions.invalidateAllForUser(user.id));
      await startSession(c, user.id);
      return c.body(null, 204);
    });
}

import { Hono } from 'hono';
import type { AppEnv } from '../../../http/appEnv.ts';
import { presentUser } from '../../../presenters/user.ts';

/**
 * GET /api/me — who is signed in, or `{ user: null }`. Not signed in is an
 * answer here, not an error: every public page asks, and a 401 would be
 * logged by the browser as a failed request each time.
 */
export const meRoutes = new Hono<AppEnv>().get('/', (c) => {
  const auth = c.get('auth');
  return c.json({ user: auth ? presentUser(auth.user) : null });
});

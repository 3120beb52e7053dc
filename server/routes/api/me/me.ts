import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { loadPreferences } from '../../../preferences/userPreferences.ts';
import { presentUser } from '../../../presenters/user.ts';
import { preferencesRoutes } from './preferences.ts';

/**
 * GET /api/me — who is signed in and the settings they saved, or
 * `{ user: null }`. Not signed in is an answer here, not an error: every
 * public page asks, and a 401 would be logged by the browser as a failed
 * request each time.
 */
export function meRoutes(db: Kysely<Database>) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const auth = c.get('auth');
      if (!auth) return c.json({ user: null });
      return c.json({ user: presentUser(auth.user), preferences: await loadPreferences(db, auth.user.id) });
    })
    .route('/preferences', preferencesRoutes(db));
}

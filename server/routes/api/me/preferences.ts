import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { validateJson } from '../../../middleware/validateJson.ts';
import { savePreferences } from '../../../preferences/userPreferences.ts';
import { updatePreferencesRequest } from '../../../../shared/schemas/preferences.ts';

/**
 * PATCH /api/me/preferences — the signed-in person (an account or a workshop
 * guest) changes some of their settings; the rest stay as they were. Always
 * their own: there is no way to name anyone else.
 */
export function preferencesRoutes(db: Kysely<Database>) {
  return new Hono<AppEnv>().patch('/', requireAuth, validateJson(updatePreferencesRequest), async (c) => {
    const { user } = c.get('auth')!;
    const preferences = await savePreferences(db, user.id, c.get('body'));
    return c.json({ preferences });
  });
}

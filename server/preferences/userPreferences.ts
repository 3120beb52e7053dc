import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { readPreferences, type Preferences } from '../../shared/schemas/preferences.ts';

/**
 * A signed-in person's saved settings: only those they chose (an empty
 * object when they never chose any, so their device's choices stand).
 */
export async function loadPreferences(db: Kysely<Database>, userId: string): Promise<Partial<Preferences>> {
  const row = await db.selectFrom('user_preferences').select('preferences').where('user_id', '=', userId).executeTakeFirst();
  if (!row) return {};
  try {
    return readPreferences(JSON.parse(row.preferences));
  } catch {
    return {}; // unreadable text: as if nothing was saved, rather than a 500 on every page
  }
}

/** Merges `changes` into what was saved and returns the result; one transaction, so two tabs saving at once keep both. */
export async function savePreferences(db: Kysely<Database>, userId: string, changes: Partial<Preferences>): Promise<Partial<Preferences>> {
  return db.transaction().execute(async (trx) => {
    const merged = { ...(await loadPreferences(trx, userId)), ...readPreferences(changes) };
    const preferences = JSON.stringify(merged);
    const updatedAt = new Date().toISOString();
    await trx
      .insertInto('user_preferences')
      .values({ user_id: userId, preferences, updated_at: updatedAt })
      .onConflict((conflict) => conflict.column('user_id').doUpdateSet({ preferences, updated_at: updatedAt }))
      .execute();
    return merged;
  });
}

import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { countAccounts } from '../../../auth/users.ts';
import type { Database } from '../../../db/schema.ts';

/** GET /api/setup — whether this is a new instance that should offer "create the first commissioner account". */
export function setupRoutes(db: Kysely<Database>) {
  return new Hono().get('/', async (c) => c.json({ needsFirstAccount: (await countAccounts(db)) === 0 }));
}

import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { knownOrganisations } from '../../../commands/organisations.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { managerOrError } from '../../../http/managerGuard.ts';
import { requireAuth } from '../../../middleware/session.ts';

/** Mounted at /api: GET /workspaces/:id/organisations — the organisations a workspace knows (commissioners only), to invite into again. */
export function organisationRoutes(db: Kysely<Database>) {
  return new Hono<AppEnv>().get('/workspaces/:id/organisations', requireAuth, async (c) => {
    const manager = await managerOrError(c, db, c.req.param('id'));
    if (manager instanceof Response) return manager;
    return c.json({ organisations: await knownOrganisations(db, manager.workspaceId) });
  });
}

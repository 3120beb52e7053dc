import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { updateWorkspaceRequest } from '../../../../shared/schemas/workspace.ts';
import type { Database, WorkspaceTable } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { managerOrError } from '../../../http/managerGuard.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { validateJson } from '../../../middleware/validateJson.ts';
import { presentWorkspaceSummary } from '../../../presenters/workspace.ts';

/**
 * Mounted at /api/workspaces: PATCH /:id — commissioners change the name,
 * commissioning model, zones or stage of the cycle as the programme moves on.
 * Its own module so the workspace read routes stay small.
 */
export function workspaceSettingsRoutes(db: Kysely<Database>) {
  return new Hono<AppEnv>().patch('/:id', requireAuth, validateJson(updateWorkspaceRequest), async (c) => {
    const manager = await managerOrError(c, db, c.req.param('id'));
    if (manager instanceof Response) return manager;
    const { name, model, zones, quadrant } = c.get('body');
    const changes: Partial<Pick<WorkspaceTable, 'name' | 'model' | 'zones' | 'quadrant'>> = {};
    if (name !== undefined) changes.name = name;
    if (model !== undefined) changes.model = model;
    if (zones !== undefined) changes.zones = JSON.stringify(zones);
    if (quadrant !== undefined) changes.quadrant = quadrant;
    await db.updateTable('workspaces').set(changes).where('id', '=', manager.workspaceId).execute();
    const workspace = await db.selectFrom('workspaces').selectAll().where('id', '=', manager.workspaceId).executeTakeFirstOrThrow();
    return c.json({ workspace: presentWorkspaceSummary(workspace, manager.role) });
  });
}

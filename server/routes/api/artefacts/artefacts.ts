import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { overrideProblem, type AccessLevel, type Role } from '../../../../shared/access.ts';
import { updateAccessRequest } from '../../../../shared/schemas/workspace.ts';
import { ContributorsCache } from '../../../attribution/contributorsCache.ts';
import { updateLogReader } from '../../../attribution/updateLogReader.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import type { LiveAccessEvents } from '../../../http/liveAccess.ts';
import type { DocumentStore } from '../../../storage/documentStore.ts';
import { KyselyDocumentStore } from '../../../storage/kyselyDocumentStore.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { validateJson } from '../../../middleware/validateJson.ts';
import { accessByRoleFor, artefactAccess, canManageWorkspace, isArtefactKind, membershipOf, overridesFor } from '../../../policies/workspacePolicy.ts';
import { presentArtefact } from '../../../presenters/workspace.ts';
import { contributorsHandler } from './contributors.ts';
import { exportHandler } from './export.ts';

export interface ArtefactRoutesOptions {
  db: Kysely<Database>;
  live: LiveAccessEvents;
  /** Replays of update logs kept between requests; one per app by default. */
  contributors?: ContributorsCache;
  /** Where exports read documents from; the database's store by default. */
  documents?: DocumentStore;
}

/**
 * /api/artefacts/:id/access — a commissioner changes who may view, comment on or edit one artefact;
 * /api/artefacts/:id/contributors — who changed each of its entries;
 * /api/artefacts/:id/export — a specification as Markdown or HTML.
 */
export function artefactRoutes({ db, live, contributors = new ContributorsCache(updateLogReader(db)), documents = new KyselyDocumentStore(db) }: ArtefactRoutesOptions) {
  return new Hono<AppEnv>()
    .use(requireAuth)
    .get('/:id/contributors', contributorsHandler(db, contributors))
    .get('/:id/export', exportHandler(db, documents))
    .patch('/:id/access', validateJson(updateAccessRequest), async (c) => {
      const artefact = await db.selectFrom('artefacts').selectAll().where('id', '=', c.req.param('id')).executeTakeFirst();
      const membership = artefact ? await membershipOf(db, c.get('auth')!, artefact.workspace_id) : null;
      if (!artefact || !membership || !isArtefactKind(artefact.kind)) {
        return apiError(c, 404, 'not_found', 'No artefact with that id, or you are not a member of its workspace');
      }
      if (!canManageWorkspace(membership)) return apiError(c, 403, 'forbidden', 'Only commissioners can change access');

      const changes = Object.entries(c.get('body').access) as Array<[Role, AccessLevel]>;
      for (const [role, level] of changes) {
        const problem = overrideProblem(artefact.kind, role, level);
        if (problem) return apiError(c, 400, 'invalid_request', problem, `access.${role}`);
      }
      await db.transaction().execute(async (trx) => {
        for (const [role, level] of changes) {
          await trx.deleteFrom('artefact_access').where('artefact_id', '=', artefact.id).where('role', '=', role).execute();
          await trx.insertInto('artefact_access').values({ artefact_id: artefact.id, role, level }).execute();
        }
      });
      await live.roomAccessChanged(artefact.room);
      await c.get('audit').record({
        workspaceId: artefact.workspace_id,
        actorId: membership.userId,
        kind: 'access_changed',
        subject: artefact.id,
        details: { access: Object.fromEntries(changes) },
      });
      const overrides = (await overridesFor(db, [artefact.id])).get(artefact.id) ?? {};
      return c.json({
        artefact: presentArtefact(artefact, artefactAccess(membership, artefact, overrides), accessByRoleFor(membership, artefact, overrides)),
        access: overrides,
      });
    });
}

import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { accessByRole } from '../../../../shared/access.ts';
import { createArtefactRequest, createWorkspaceRequest } from '../../../../shared/schemas/workspace.ts';
import { newId } from '../../../auth/tokens.ts';
import { createWorkspace } from '../../../commands/createWorkspace.ts';
import { endFinishedWorkshopGuests } from '../../../commands/endMemberships.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { validateJson } from '../../../middleware/validateJson.ts';
import { roomForArtefact } from '../../../policies/artefactRooms.ts';
import { accessByRoleFor, artefactAccess, canManageWorkspace, isRole, membershipOf, overridesFor } from '../../../policies/workspacePolicy.ts';
import { presentArtefact, presentMember, presentWorkspaceSummary } from '../../../presenters/workspace.ts';

const notFound = 'No workspace with that id, or you are not a member of it';

/** /api/workspaces: create, list mine, read one (members and artefacts), add artefacts. */
export function workspaceRoutes(db: Kysely<Database>) {
  return new Hono<AppEnv>()
    .use(requireAuth)
    .post('/', validateJson(createWorkspaceRequest), async (c) => {
      const auth = c.get('auth')!;
      if (auth.user.kind === 'guest') return apiError(c, 403, 'forbidden', 'Workshop guests cannot create workspaces');
      const { workspace, outcomes } = await createWorkspace(db, auth.user.id, c.get('body'), 'Outcome framework');
      const artefacts = [presentArtefact(outcomes, 'edit', accessByRole('outcomes'))];
      return c.json({ workspace: { ...presentWorkspaceSummary(workspace, 'commissioner'), artefacts } }, 201);
    })
    .get('/', async (c) => {
      const auth = c.get('auth')!;
      let query = db
        .selectFrom('memberships')
        .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
        .selectAll('workspaces')
        .select('memberships.role')
        .where('memberships.user_id', '=', auth.user.id)
        .orderBy('workspaces.created_at', 'desc');
      if (auth.session.workspaceId) query = query.where('workspaces.id', '=', auth.session.workspaceId);
      const rows = await query.execute();
      return c.json({ workspaces: rows.filter((r) => isRole(r.role)).map((r) => presentWorkspaceSummary(r, r.role as never)) });
    })
    .get('/:id', async (c) => {
      const membership = await membershipOf(db, c.get('auth')!, c.req.param('id'));
      if (!membership) return apiError(c, 404, 'not_found', notFound);
      const workspace = await db.selectFrom('workspaces').selectAll().where('id', '=', membership.workspaceId).executeTakeFirstOrThrow();
      // Guests of a workshop that ran out without being closed leave the list too (kept as past members).
      await endFinishedWorkshopGuests(db, workspace.id);
      const artefacts = await db.selectFrom('artefacts').selectAll().where('workspace_id', '=', workspace.id).orderBy('created_at').execute();
      const overrides = await overridesFor(db, artefacts.map((a) => a.id));
      const members = await db
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .leftJoin('organisations', 'organisations.id', 'memberships.organisation_id')
        .select(['users.id as userId', 'users.display_name as displayName', 'users.kind', 'users.email', 'memberships.role'])
        .select(['organisations.id as organisationId', 'organisations.name as organisationName'])
        .where('memberships.workspace_id', '=', workspace.id)
        .orderBy('users.display_name')
        .execute();
      return c.json({
        workspace: {
          ...presentWorkspaceSummary(workspace, membership.role),
          members: members.map((m) =>
            presentMember(
              { ...m, organisation: m.organisationId ? { id: m.organisationId, name: m.organisationName ?? '' } : null },
              membership.role,
            ),
          ),
          artefacts: artefacts
            .map((a) => presentArtefact(a, artefactAccess(membership, a, overrides.get(a.id)), accessByRoleFor(membership, a, overrides.get(a.id))))
            .filter((a) => a.access !== 'none'),
        },
      });
    })
    .post('/:id/artefacts', validateJson(createArtefactRequest), async (c) => {
      const membership = await membershipOf(db, c.get('auth')!, c.req.param('id'));
      if (!membership) return apiError(c, 404, 'not_found', notFound);
      if (!canManageWorkspace(membership)) return apiError(c, 403, 'forbidden', 'Only commissioners can add artefacts');
      const { kind, title } = c.get('body');
      const id = newId();
      const row = { id, workspace_id: membership.workspaceId, kind, title, room: roomForArtefact(membership.workspaceId, kind, id), created_at: new Date().toISOString() };
      await db.insertInto('artefacts').values(row).execute();
      return c.json({ artefact: presentArtefact(row, 'edit', accessByRole(kind)) }, 201);
    });
}

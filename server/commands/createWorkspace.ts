import type { Kysely } from 'kysely';
import type { CreateWorkspaceRequest } from '../../shared/schemas/workspace.ts';
import type { ArtefactTable, Database, WorkspaceTable } from '../db/schema.ts';
import { newId } from '../auth/tokens.ts';
import { roomForArtefact } from '../policies/artefactRooms.ts';

/**
 * A workspace, its creator as commissioner, and its outcome framework (one per
 * workspace), in one transaction: there is never a workspace without both.
 */
export async function createWorkspace(
  db: Kysely<Database>,
  creatorId: string,
  request: CreateWorkspaceRequest,
  outcomesTitle: string,
): Promise<{ workspace: WorkspaceTable; outcomes: ArtefactTable }> {
  const now = new Date().toISOString();
  const workspace: WorkspaceTable = {
    id: newId(),
    name: request.name,
    model: request.model,
    zones: JSON.stringify(request.zones),
    quadrant: request.quadrant,
    created_by: creatorId,
    created_at: now,
  };
  const outcomesId = newId();
  const outcomes: ArtefactTable = {
    id: outcomesId,
    workspace_id: workspace.id,
    kind: 'outcomes',
    title: outcomesTitle,
    room: roomForArtefact(workspace.id, 'outcomes', outcomesId),
    created_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('workspaces').values(workspace).execute();
    await trx
      .insertInto('memberships')
      .values({ workspace_id: workspace.id, user_id: creatorId, role: 'commissioner', organisation_id: null, created_at: now })
      .execute();
    await trx.insertInto('artefacts').values(outcomes).execute();
  });
  return { workspace, outcomes };
}

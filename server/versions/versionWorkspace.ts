import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Versioning } from './versioning.ts';

/** A workshop closed: every artefact of the workspace that changed since its last version gets one. */
export async function versionWorkspace(db: Kysely<Database>, versioning: Versioning, workspaceId: string, actorId: string): Promise<void> {
  const artefacts = await db.selectFrom('artefacts').selectAll().where('workspace_id', '=', workspaceId).execute();
  for (const artefact of artefacts) {
    await versioning.take(artefact, { kind: 'workshop_closed', authorId: actorId, onlyIfChanged: true });
  }
}

import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type * as Y from 'yjs';
import { allows } from '../../../../shared/access.ts';
import type { Database } from '../../../db/schema.ts';
import { exportSpecification } from '../../../export/specificationExport.ts';
import { loadStoredDocument } from '../../../export/storedDocument.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import { artefactAccess, isArtefactKind, membershipOf, overridesFor, type Membership } from '../../../policies/workspacePolicy.ts';
import type { DocumentStore } from '../../../storage/documentStore.ts';
import { exportedFileResponse, exportRequestOrError } from './exportRequest.ts';

/**
 * GET /api/artefacts/:id/export?format=markdown|html[&language=en|cy] — a
 * specification's English (the default) or Welsh text as a file, for anyone who may view it. Read from the document store (every
 * update is stored before anyone sees it), so it needs no open room and
 * never joins one.
 */
export function exportHandler(db: Kysely<Database>, store: DocumentStore) {
  return async (c: Context<AppEnv, '/:id/export'>) => {
    const request = exportRequestOrError(c);
    if (request instanceof Response) return request;
    const artefact = await db.selectFrom('artefacts').selectAll().where('id', '=', c.req.param('id')).executeTakeFirst();
    const membership = artefact ? await membershipOf(db, c.get('auth')!, artefact.workspace_id) : null;
    if (!artefact || !membership || !isArtefactKind(artefact.kind)) {
      return apiError(c, 404, 'not_found', 'No artefact with that id, or you are not a member of its workspace');
    }
    const overrides = (await overridesFor(db, [artefact.id])).get(artefact.id);
    if (!allows(artefactAccess(membership, artefact, overrides), 'view')) {
      return apiError(c, 403, 'forbidden', 'You do not have access to this artefact');
    }
    if (artefact.kind !== 'specification') {
      return apiError(c, 404, 'not_found', 'Only specifications can be exported');
    }

    const doc = await loadStoredDocument(store, artefact.room);
    let framework: Y.Doc | null = null;
    try {
      framework = await frameworkFor(db, store, membership, artefact.workspace_id);
      const file = exportSpecification(doc, framework, request.format, artefact.title, request.language);
      return exportedFileResponse(c, file, artefact.title);
    } finally {
      doc.destroy();
      framework?.destroy();
    }
  };
}

/**
 * The workspace's outcome framework, for outcome references' statements; null
 * when this member may not view it, so an export never shows words the
 * framework itself would not.
 */
export async function frameworkFor(db: Kysely<Database>, store: DocumentStore, membership: Membership, workspaceId: string): Promise<Y.Doc | null> {
  const outcomes = await db
    .selectFrom('artefacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', 'outcomes')
    .executeTakeFirst();
  if (!outcomes) return null;
  const overrides = (await overridesFor(db, [outcomes.id])).get(outcomes.id);
  if (!allows(artefactAccess(membership, outcomes, overrides), 'view')) return null;
  return loadStoredDocument(store, outcomes.room);
}

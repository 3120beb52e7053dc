import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ArtefactStreams } from '../live/artefactStreams.ts';
import { canManageWorkspace, membershipOf } from '../policies/workspacePolicy.ts';

/** An entry was added to a workspace's audit trail: its place in the chain; the page fetches what follows what it has. */
export interface AuditStreamEvent {
  type: 'audit';
  seq: number;
}

/** Fan-out of new audit entries to the workspace's commissioners with its audit trail open (GET /api/workspaces/:id/audit/events). */
export class AuditStreams extends ArtefactStreams<AuditStreamEvent> {
  publish(workspaceId: string, event: AuditStreamEvent): Promise<void> {
    return this.send(workspaceId, event);
  }
}

/** Streams for whoever still manages the workspace: a commissioner who loses the role loses the stream. */
export function createAuditStreams(db: Kysely<Database>): AuditStreams {
  return new AuditStreams(async (auth, workspaceId) => {
    const membership = await membershipOf(db, auth, workspaceId);
    return membership && canManageWorkspace(membership) ? membership : null;
  });
}

import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { encodeBase64 } from '@oslojs/encoding';
import type { AuditStreams } from '../../../audit/auditStreams.ts';
import { verifyChains } from '../../../audit/verifyChains.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import { managerOrError } from '../../../http/managerGuard.ts';
import { serveArtefactStream } from '../../../live/serveEventStream.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { presentAuditEvent } from '../../../presenters/audit.ts';
import { namesOf } from '../../../presenters/versions.ts';

const page = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * A workspace's audit trail, for its commissioners: the events (paged),
 * verification of every hash chain, and a bundle of events and versions with
 * their states, e.g. for an auditor or a Freedom of Information request.
 */
export function auditRoutes(db: Kysely<Database>, streams: AuditStreams) {
  return new Hono<AppEnv>()
    .use(requireAuth)
    .get('/:id/audit', async (c) => {
      const query = page.safeParse(c.req.query());
      if (!query.success) {
        const field = String(query.error.issues[0]?.path[0] ?? 'after');
        return apiError(c, 400, 'invalid_request', `${field}: ${query.error.issues[0]?.message ?? 'invalid'}`, field);
      }
      const membership = await managerOrError(c, db, c.req.param('id'));
      if (membership instanceof Response) return membership;
      const rows = await db
        .selectFrom('audit_events')
        .selectAll()
        .where('chain', '=', membership.workspaceId)
        .where('seq', '>', query.data.after)
        .orderBy('seq', 'asc')
        .limit(query.data.limit)
        .execute();
      const names = await namesOf(db, [...new Set(rows.flatMap((r) => (r.actor_id ? [r.actor_id] : [])))]);
      return c.json({ events: rows.map((r) => presentAuditEvent(r, names)), next: rows.length === query.data.limit ? rows.at(-1)!.seq : null });
    })
    .get('/:id/audit/events', async (c) => {
      const membership = await managerOrError(c, db, c.req.param('id'));
      if (membership instanceof Response) return membership;
      return serveArtefactStream(c, streams, membership.workspaceId, 'audit');
    })
    .get('/:id/audit/verify', async (c) => {
      const membership = await managerOrError(c, db, c.req.param('id'));
      if (membership instanceof Response) return membership;
      return c.json(await verifyChains(db, membership.workspaceId));
    })
    .get('/:id/audit/bundle', async (c) => {
      const membership = await managerOrError(c, db, c.req.param('id'));
      if (membership instanceof Response) return membership;
      const workspaceId = membership.workspaceId;
      const [workspace, artefacts, events, versions, verification] = await Promise.all([
        db.selectFrom('workspaces').selectAll().where('id', '=', workspaceId).executeTakeFirstOrThrow(),
        db.selectFrom('artefacts').select(['id', 'kind', 'title', 'created_at']).where('workspace_id', '=', workspaceId).execute(),
        db.selectFrom('audit_events').selectAll().where('chain', '=', workspaceId).orderBy('seq', 'asc').execute(),
        db
          .selectFrom('artefact_versions')
          .innerJoin('artefacts', 'artefacts.id', 'artefact_versions.artefact_id')
          .selectAll('artefact_versions')
          .where('artefacts.workspace_id', '=', workspaceId)
          .orderBy('artefact_versions.artefact_id')
          .orderBy('artefact_versions.number')
          .execute(),
        verifyChains(db, workspaceId),
      ]);
      const names = await namesOf(db, [...new Set(events.flatMap((r) => (r.actor_id ? [r.actor_id] : [])))]);
      const bundle = {
        format: 'gweithdy-audit-bundle/1',
        exportedAt: new Date().toISOString(),
        workspace: { id: workspace.id, name: workspace.name, model: workspace.model },
        artefacts,
        verification,
        events: events.map((r) => presentAuditEvent(r, names)),
        versions: versions.map((v) => ({
          artefactId: v.artefact_id,
          number: v.number,
          label: v.label,
          kind: v.kind,
          authorId: v.author_id,
          createdAt: v.created_at,
          upToSeq: v.up_to_seq,
          basedOn: v.based_on,
          stateHash: v.state_hash,
          previousHash: v.previous_hash,
          hash: v.hash,
          // The Yjs update itself, so anyone can rebuild the artefact and recompute the hash.
          state: encodeBase64(v.state),
        })),
      };
      return c.body(JSON.stringify(bundle), 200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="audit-${workspaceId}.json"`,
        'Cache-Control': 'no-store',
      });
    });
}

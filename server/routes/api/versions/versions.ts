import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { createVersionRequest, publishVersionRequest, versionNumber } from '../../../../shared/schemas/versions.ts';
import type { Database } from '../../../db/schema.ts';
import { exportSpecification } from '../../../export/specificationExport.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { artefactOrError } from '../../../http/artefactGuard.ts';
import { apiError } from '../../../http/errors.ts';
import { serveArtefactStream } from '../../../live/serveEventStream.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { validateJson } from '../../../middleware/validateJson.ts';
import { presentVersions } from '../../../presenters/versions.ts';
import type { DocumentStore } from '../../../storage/documentStore.ts';
import { contentAsJson, docFromState } from '../../../versions/artefactContent.ts';
import { diffVersions } from '../../../versions/versionDiff.ts';
import type { VersionLog } from '../../../versions/versionLog.ts';
import type { VersionEvents } from '../../../versions/versionEvents.ts';
import type { Versioning } from '../../../versions/versioning.ts';
import { frameworkFor } from '../artefacts/export.ts';
import { exportedFileResponse, exportRequestOrError } from '../artefacts/exportRequest.ts';

export interface VersionRoutesOptions {
  db: Kysely<Database>;
  versions: VersionLog;
  versioning: Versioning;
  store: DocumentStore;
  events: VersionEvents;
}

/** A version number from the path, or the 400 naming it. */
function numberParam(c: Context, name: string): number | Response {
  const parsed = versionNumber.safeParse(c.req.param(name));
  return parsed.success ? parsed.data : apiError(c, 400, 'invalid_request', `${name}: must be a version number (1, 2, 3…)`, name);
}

/**
 * Versions of an artefact: list and read (view access), name one (edit
 * access), diff, point in time, export; restore and publish (commissioners).
 */
export function versionRoutes({ db, versions, versioning, store, events }: VersionRoutesOptions) {
  const versionNotFound = (c: Context) => apiError(c, 404, 'not_found', 'No version with that number');

  return new Hono<AppEnv>()
    .use(requireAuth)
    .get('/:id/versions', async (c) => {
      const viewer = await artefactOrError(c, db, 'view');
      if (viewer instanceof Response) return viewer;
      const list = await versions.list(viewer.artefact.id);
      return c.json({ versions: await presentVersions(db, viewer.artefact.room, list) });
    })
    // Before /:id/versions/:n, which would read "events" as a version number.
    .get('/:id/versions/events', async (c) => {
      const viewer = await artefactOrError(c, db, 'view');
      if (viewer instanceof Response) return viewer;
      return serveArtefactStream(c, events, viewer.artefact.id, 'history');
    })
    .post('/:id/versions', validateJson(createVersionRequest), async (c) => {
      const viewer = await artefactOrError(c, db, 'edit');
      if (viewer instanceof Response) return viewer;
      const version = await versioning.take(viewer.artefact, { kind: 'manual', label: c.get('body').label, authorId: viewer.membership.userId });
      const [presented] = await presentVersions(db, viewer.artefact.room, [version!]);
      return c.json({ version: presented }, 201);
    })
    .get('/:id/versions/:a/diff/:b', async (c) => {
      const viewer = await artefactOrError(c, db, 'view');
      if (viewer instanceof Response) return viewer;
      const a = numberParam(c, 'a');
      if (a instanceof Response) return a;
      const b = numberParam(c, 'b');
      if (b instanceof Response) return b;
      const [from, to] = await Promise.all([versions.get(viewer.artefact.id, a), versions.get(viewer.artefact.id, b)]);
      if (!from || !to) return versionNotFound(c);
      const before = docFromState(from.state);
      const after = docFromState(to.state);
      try {
        return c.json({ from: a, to: b, diff: diffVersions(viewer.artefact.kind, before, after) });
      } finally {
        before.destroy();
        after.destroy();
      }
    })
    .get('/:id/versions/:n/export', async (c) => {
      const request = exportRequestOrError(c);
      if (request instanceof Response) return request;
      const viewer = await artefactOrError(c, db, 'view');
      if (viewer instanceof Response) return viewer;
      if (viewer.artefact.kind !== 'specification') return apiError(c, 404, 'not_found', 'Only specifications can be exported');
      const n = numberParam(c, 'n');
      if (n instanceof Response) return n;
      const version = await versions.get(viewer.artefact.id, n);
      if (!version) return versionNotFound(c);
      const doc = docFromState(version.state);
      const framework = await frameworkFor(db, store, viewer.membership, viewer.artefact.workspace_id);
      try {
        const title = `${viewer.artefact.title} v${n}${version.label ? ` ${version.label}` : ''}`;
        const file = exportSpecification(doc, framework, request.format, title, request.language);
        return exportedFileResponse(c, file, title);
      } finally {
        doc.destroy();
        framework?.destroy();
      }
    })
    .get('/:id/versions/:n', async (c) => {
      const viewer = await artefactOrError(c, db, 'view');
      if (viewer instanceof Response) return viewer;
      const n = numberParam(c, 'n');
      if (n instanceof Response) return n;
      const version = await versions.get(viewer.artefact.id, n);
      if (!version) return versionNotFound(c);
      const [presented] = await presentVersions(db, viewer.artefact.room, [version]);
      const doc = docFromState(version.state);
      try {
        return c.json({ version: presented, content: contentAsJson(viewer.artefact.kind, doc) });
      } finally {
        doc.destroy();
      }
    })
    .post('/:id/versions/:n/restore', async (c) => {
      const viewer = await artefactOrError(c, db, 'manage');
      if (viewer instanceof Response) return viewer;
      const n = numberParam(c, 'n');
      if (n instanceof Response) return n;
      const restored = await versioning.restore(viewer.artefact, n, viewer.membership.userId);
      if (!restored) return versionNotFound(c);
      const [presented] = await presentVersions(db, viewer.artefact.room, [restored]);
      return c.json({ version: presented }, 201);
    })
    .post('/:id/versions/:n/publish', validateJson(publishVersionRequest), async (c) => {
      const viewer = await artefactOrError(c, db, 'manage');
      if (viewer instanceof Response) return viewer;
      const n = numberParam(c, 'n');
      if (n instanceof Response) return n;
      const published = await versioning.publish(viewer.artefact, n, viewer.membership.userId, c.get('body').label ?? '');
      if (!published) return versionNotFound(c);
      const [presented] = await presentVersions(db, viewer.artefact.room, [published]);
      return c.json({ version: presented }, 201);
    })
    .get('/:id/at', async (c) => {
      const time = c.req.query('time') ?? '';
      const parsed = Date.parse(time);
      if (!time || Number.isNaN(parsed)) return apiError(c, 400, 'invalid_request', 'time: must be an ISO 8601 date and time', 'time');
      const viewer = await artefactOrError(c, db, 'view');
      if (viewer instanceof Response) return viewer;
      const at = new Date(parsed).toISOString();
      const { state, upToSeq } = await versioning.at(viewer.artefact, at);
      const doc = docFromState(state);
      try {
        return c.json({ time: at, upToSeq, content: contentAsJson(viewer.artefact.kind, doc) });
      } finally {
        doc.destroy();
      }
    });
}

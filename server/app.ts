import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Kysely } from 'kysely';
import type { CookieOptions } from './auth/sessionCookie.ts';
import type { SessionStore } from './auth/sessions.ts';
import type { Database } from './db/schema.ts';
import type { AppEnv } from './http/appEnv.ts';
import type { LiveAccessEvents } from './http/liveAccess.ts';
import type { CommentEvents } from './comments/commentEvents.ts';
import { createVersionEvents, type VersionEvents } from './versions/versionEvents.ts';
import { apiError } from './http/errors.ts';
import { originCheck } from './middleware/originCheck.ts';
import { sessionMiddleware } from './middleware/session.ts';
import type { ServerMetrics } from './observability/metrics.ts';
import { artefactRoutes } from './routes/api/artefacts/artefacts.ts';
import { authRoutes } from './routes/api/auth/auth.ts';
import { commentRoutes, createCommentEvents } from './routes/api/comments/comments.ts';
import { siteRoutes, type SiteFacts } from './routes/api/site/site.ts';
import { healthRoutes } from './routes/api/health/health.ts';
import { invitationRoutes } from './routes/api/invitations/invitations.ts';
import { memberRoutes } from './routes/api/members/members.ts';
import { meRoutes } from './routes/api/me/me.ts';
import { metricsRoutes } from './routes/api/metrics/metrics.ts';
import { openApiRoutes } from './routes/api/openapi/openapi.ts';
import { organisationRoutes } from './routes/api/organisations/organisations.ts';
import { setupRoutes } from './routes/api/setup/setup.ts';
import { workshopRoutes } from './routes/api/workshops/workshops.ts';
import { workspaceRoutes } from './routes/api/workspaces/workspaces.ts';
import { workspaceSettingsRoutes } from './routes/api/workspaces/workspaceSettings.ts';
import { auditRoutes } from './routes/api/audit/audit.ts';
import { callRoutes } from './routes/api/calls/calls.ts';
import { contributionRoutes } from './routes/api/calls/contributions.ts';
import { moderationRoutes } from './routes/api/calls/moderation.ts';
import { CallReadCache } from './contributions/callReadCache.ts';
import { CallEvents } from './contributions/callEvents.ts';
import { versionRoutes } from './routes/api/versions/versions.ts';
import { AuditLog } from './audit/auditLog.ts';
import { createAuditStreams, type AuditStreams } from './audit/auditStreams.ts';
import { KyselyDocumentStore } from './storage/kyselyDocumentStore.ts';
import { storedDocuments, type LiveDocuments } from './versions/liveDocuments.ts';
import { VersionLog } from './versions/versionLog.ts';
import { Versioning } from './versions/versioning.ts';

export interface AppOptions {
  db: Kysely<Database>;
  sessions: SessionStore;
  metrics: ServerMetrics;
  /** The built client; served with an SPA fallback when it exists. */
  clientDir: string;
  allowedOrigins: () => ReadonlySet<string>;
  cookie: CookieOptions;
  trustProxy: boolean;
  /** Tells the sync server when access changes, so open sockets follow at once. */
  live: LiveAccessEvents;
  /** Comment changes pushed to viewers of a specification; one per app by default. */
  commentEvents?: CommentEvents;
  /** New versions pushed to open history pages; one per app by default. */
  versionEvents?: VersionEvents;
  /** New audit entries pushed to open audit pages; one per app by default. */
  auditStreams?: AuditStreams;
  /** Versions and the audit log; by default over stored documents (no sync server: API tests). */
  history?: AppHistory;
  /** The deployment's public facts (GET /api/site). */
  site?: SiteFacts;
}

export interface AppHistory {
  /** The server's own reads and writes of artefact documents (live rooms in the server). */
  documents: LiveDocuments;
  audit: AuditLog;
  versions: VersionLog;
  versioning: Versioning;
}

/** Versions and audit over `documents`: the live rooms in the server, storage alone in API tests. */
export function createHistory(db: Kysely<Database>, documents: LiveDocuments): AppHistory {
  const audit = new AuditLog(db);
  const versions = new VersionLog(db);
  return { documents, audit, versions, versioning: new Versioning({ db, documents, versions, audit }) };
}

/** The HTTP application: the API under /api and, when built, the client. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { db, sessions, metrics, cookie, trustProxy } = options;
  const commentEvents = options.commentEvents ?? createCommentEvents(db);
  const store = new KyselyDocumentStore(db);
  const history = options.history ?? createHistory(db, storedDocuments(store));
  const callReads = new CallReadCache(db, store);
  const callEvents = new CallEvents((callId) => callReads.changed(callId));
  const versionEvents = options.versionEvents ?? createVersionEvents(db);
  history.versioning.onRecorded((artefactId, version) => void versionEvents.publish(artefactId, { type: 'version', number: version.number, kind: version.kind }));
  const auditStreams = options.auditStreams ?? createAuditStreams(db);
  // Sign-ins are a chain of their own (''), seen by no workspace's page.
  history.audit.onRecorded((row) => void (row.chain && auditStreams.publish(row.chain, { type: 'audit', seq: row.seq })));
  // Event streams follow sign-outs and membership changes like sockets do.
  const streams = [commentEvents, versionEvents, auditStreams];
  const live: LiveAccessEvents = {
    sessionsEnded: (ids) => {
      options.live.sessionsEnded(ids);
      for (const stream of streams) stream.closeSessions(ids);
    },
    roomAccessChanged: async (room) => {
      await options.live.roomAccessChanged(room);
      // Rooms are ws/<workspace>/<kind>/<artefact> (policies/artefactRooms.ts).
      await Promise.all(streams.map((stream) => stream.recheckArtefact(room.split('/').at(-1) ?? '')));
    },
    memberAccessChanged: async (userId) => {
      await options.live.memberAccessChanged(userId);
      await Promise.all(streams.map((stream) => stream.recheckUser(userId)));
    },
  };
  const app = new Hono<AppEnv>();
  app.use('/api/*', originCheck(options.allowedOrigins));
  app.use('/api/*', sessionMiddleware({ db, sessions, cookie }));
  app.use('/api/*', async (c, next) => {
    c.set('audit', history.audit);
    c.set('versioning', history.versioning);
    await next();
  });

  app.route('/api/health', healthRoutes);
  app.route('/api/site', siteRoutes(options.site ?? { accessibilityContactEmail: null }));
  app.route('/api/metrics', metricsRoutes(metrics));
  app.route('/api/openapi.json', openApiRoutes());
  app.route('/api/setup', setupRoutes(db));
  app.route('/api/auth', authRoutes({ db, sessions, cookie, trustProxy, live }));
  app.route('/api/me', meRoutes(db));
  app.route('/api/workspaces', workspaceRoutes(db));
  app.route('/api/workspaces', workspaceSettingsRoutes(db));
  app.route('/api/artefacts', artefactRoutes({ db, live }));
  app.route('/api/artefacts', commentRoutes({ db, events: commentEvents }));
  app.route('/api/artefacts', versionRoutes({ db, versions: history.versions, versioning: history.versioning, store, events: versionEvents }));
  app.route('/api/workspaces', auditRoutes(db, auditStreams));
  app.route('/api', invitationRoutes({ db, sessions, cookie, live }));
  app.route('/api', workshopRoutes({ db, sessions, cookie, trustProxy, live }));
  app.route('/api', memberRoutes({ db, live }));
  app.route('/api', organisationRoutes(db));
  app.route('/api', callRoutes({ db, events: callEvents, reads: callReads, sessions, cookie }));
  app.route('/api', contributionRoutes({ db, store, events: callEvents }));
  app.route('/api', moderationRoutes({ db, events: callEvents, documents: history.documents }));
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', `No API route ${c.req.method} ${c.req.path}`));

  const indexFile = path.join(options.clientDir, 'index.html');
  if (fs.existsSync(indexFile)) {
    app.use('/*', serveStatic({ root: path.relative(process.cwd(), options.clientDir) || '.' }));
    // Client-side routes: any other GET gets the app shell.
    const shell = fs.readFileSync(indexFile, 'utf8');
    app.get('*', (c) => c.html(shell));
  }

  app.onError((error, c) => {
    console.error('unhandled error', error);
    return apiError(c, 500, 'internal_error', 'Something went wrong on the server');
  });
  return app;
}

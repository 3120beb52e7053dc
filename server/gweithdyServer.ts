import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Kysely } from 'kysely';
import { createApp, createHistory, type AppHistory } from './app.ts';
import { AutoVersioner } from './versions/autoVersioner.ts';
import { ConsultationSweep } from './versions/consultationSweep.ts';
import { roomDocuments } from './versions/liveDocuments.ts';
import { SessionStore } from './auth/sessions.ts';
import { allowedOrigins, type ServerConfig } from './config.ts';
import { openDatabase, type Dialect } from './db/database.ts';
import { migrateToLatest } from './db/migrator.ts';
import type { Database } from './db/schema.ts';
import { Checkpointer } from './collab/checkpointer.ts';
import type { CollabAccess } from './collab/collabAccess.ts';
import { sessionAccess } from './collab/sessionAccess.ts';
import { attachCollabServer } from './collab/collabServer.ts';
import { GroupCommitQueue } from './collab/groupCommit.ts';
import { RoomRegistry } from './collab/roomRegistry.ts';
import { ServerMetrics } from './observability/metrics.ts';
import type { CommentEvents } from './comments/commentEvents.ts';
import { createVersionEvents, type VersionEvents } from './versions/versionEvents.ts';
import { createAuditStreams, type AuditStreams } from './audit/auditStreams.ts';
import { createCommentEvents } from './routes/api/comments/comments.ts';
import { DiscardingDocumentStore } from './storage/discardingDocumentStore.ts';
import { KyselyDocumentStore } from './storage/kyselyDocumentStore.ts';

export interface RunningServer {
  port: number;
  url: string;
  db: Kysely<Database>;
  dialect: Dialect;
  registry: RoomRegistry;
  /** Comment event streams (GET /api/artefacts/:id/comments/events). */
  commentEvents: CommentEvents;
  /** New-version streams (GET /api/artefacts/:id/versions/events). */
  versionEvents: VersionEvents;
  /** New-audit-entry streams (GET /api/workspaces/:id/audit/events). */
  auditStreams: AuditStreams;
  /** Versions and the audit log. */
  history: AppHistory;
  /** Takes the versions of consultations opening and closing by their dates (every 30 s; tests call run()). */
  consultationSweep: ConsultationSweep;
  /** Graceful stop: refuse new work, store everything, close peers with 1012, close the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Who may use which room; the default needs a session and access to an artefact. */
  access?: CollabAccess;
  log?: (message: string, error?: unknown) => void;
}

/** How often consultations' dates are checked for an opening or closing to record. */
const CONSULTATION_SWEEP_MS = 30_000;

const defaultLog = (message: string, error?: unknown) =>
  error === undefined ? console.error(message) : console.error(message, error);

/** Composition root: wires storage, the sync core and the HTTP app, then listens. */
export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? defaultLog;
  const database = openDatabase({ ...config, backgroundCheckpoints: true });
  const { db, dialect } = database;
  await migrateToLatest(db);

  const store = config.persistence ? new KyselyDocumentStore(db) : new DiscardingDocumentStore();
  const checkpointer = new Checkpointer(store, config.checkpointEvery, log);
  let metrics: ServerMetrics | null = null;
  let autoVersioner: AutoVersioner | null = null;
  const commitQueue = new GroupCommitQueue(store, {
    persisted: (count, seconds) => metrics?.recordPersisted(count, seconds),
    applied: (room) => {
      checkpointer.consider(room);
      autoVersioner?.touch(room.name);
    },
    error: log,
  });
  const registry = new RoomRegistry({
    store,
    commitQueue,
    checkpointer,
    awarenessIntervalMs: config.limits.awarenessIntervalMs,
    onError: log,
    onLoaded: (seconds) => metrics?.recordRoomLoad(seconds),
  });

  let collab: ReturnType<typeof attachCollabServer> | null = null;
  metrics = new ServerMetrics({
    connections: () => collab?.connectionCount ?? 0,
    loadedRooms: () => registry.loadedRoomCount,
  });
  let origins: ReadonlySet<string> = new Set();
  const sessions = new SessionStore(db);
  const commentEvents = createCommentEvents(db);
  const versionEvents = createVersionEvents(db);
  const auditStreams = createAuditStreams(db);
  const history = createHistory(db, roomDocuments(registry, commitQueue));
  autoVersioner = new AutoVersioner({ db, versioning: history.versioning, quietMs: config.versionQuietMs, onError: log });
  const consultationSweep = new ConsultationSweep({ db, versioning: history.versioning, audit: history.audit }, log);
  consultationSweep.start(CONSULTATION_SWEEP_MS);
  const app = createApp({
    commentEvents,
    versionEvents,
    auditStreams,
    history,
    db,
    sessions,
    metrics,
    clientDir: config.clientDir,
    allowedOrigins: () => origins,
    cookie: { secure: config.publicOrigins[0]?.startsWith('https:') ?? false },
    trustProxy: config.trustProxy,
    site: { accessibilityContactEmail: config.accessibilityContactEmail },
    live: {
      sessionsEnded: (ids) => collab?.closeSessions(ids),
      roomAccessChanged: async (room) => collab?.reauthorizeRoom(room),
      memberAccessChanged: async (userId) => collab?.reauthorizeUser(userId),
    },
  });

  const httpServer = await new Promise<Server>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(server as Server),
    ) as Server;
    server.once('error', reject);
  });
  collab = attachCollabServer(httpServer, {
    registry,
    commitQueue,
    // Every room needs a session and access to its artefact: rooms are never created by connecting.
    access: options.access ?? sessionAccess({ db, sessions, allowedOrigins: () => origins }),
    limits: config.limits,
  });

  const port = (httpServer.address() as AddressInfo).port;
  origins = allowedOrigins(config, port);
  let closing: Promise<void> | null = null;
  return {
    port,
    url: `http://${config.host}:${port}`,
    db,
    dialect,
    registry,
    commentEvents,
    versionEvents,
    auditStreams,
    history,
    consultationSweep,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        commentEvents.closeAll();
        versionEvents.closeAll();
        auditStreams.closeAll();
        // Edits waiting to settle get their automatic version now, not never.
        await consultationSweep.stop();
        await autoVersioner?.flush();
        await collab!.close();
        httpServer.closeAllConnections();
        await stopped;
        await database.close();
      })();
      return closing;
    },
  };
}

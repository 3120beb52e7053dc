import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { CommentEvents } from '../../../comments/commentEvents.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { canRead, specificationViewer } from '../../../policies/commentPolicy.ts';
import { commentEventRoutes } from './commentEvents.ts';
import { consultationRoutes } from './consultations.ts';
import { threadRoutes } from './threads.ts';

/** The fan-out of comment changes, asking the database who may still read each specification. */
export function createCommentEvents(db: Kysely<Database>): CommentEvents {
  return new CommentEvents(async (auth, artefactId) => {
    const viewer = await specificationViewer(db, auth, artefactId);
    return viewer && canRead(viewer) ? viewer.membership : null;
  });
}

/** Comments on specifications, mounted at /api/artefacts beside the artefact routes. */
export function commentRoutes({ db, events }: { db: Kysely<Database>; events: CommentEvents }) {
  return new Hono<AppEnv>()
    .route('/', threadRoutes(db, events))
    .route('/', consultationRoutes(db, events))
    .route('/', commentEventRoutes(db, events));
}

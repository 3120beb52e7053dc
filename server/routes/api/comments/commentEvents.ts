import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { CommentEvents } from '../../../comments/commentEvents.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { serveArtefactStream } from '../../../live/serveEventStream.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { viewerOrError } from './commentContext.ts';

/**
 * GET /api/artefacts/:id/comments/events — Server-Sent Events for everyone
 * viewing a specification: `ready` once subscribed, then `thread`,
 * `clarification` and `consultation` events carrying ids and a kind (never
 * text: the client refetches what it may see). Comments are written over REST,
 * so a reader's page needs a push to refetch; a comment a minute does not need
 * a socket of its own. The stream ends when the session ends or the viewer
 * loses access.
 */
export function commentEventRoutes(db: Kysely<Database>, events: CommentEvents) {
  return new Hono<AppEnv>().use(requireAuth).get('/:id/comments/events', async (c) => {
    const viewer = await viewerOrError(c, db, 'view');
    if (viewer instanceof Response) return viewer;
    return serveArtefactStream(c, events, viewer.artefact.id, 'comment');
  });
}

import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { MAX_STREAMS_PER_USER, type CommentEvents } from '../../../comments/commentEvents.ts';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../http/appEnv.ts';
import { apiError } from '../../../http/errors.ts';
import { serveEventStream } from '../../../live/serveEventStream.ts';
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
    const auth = c.get('auth')!;
    if (events.streamsOf(auth.user.id) >= MAX_STREAMS_PER_USER) {
      return apiError(c, 429, 'too_many_streams', `At most ${MAX_STREAMS_PER_USER} comment streams at once: close another tab first`);
    }
    const artefactId = viewer.artefact.id;
    return serveEventStream(c, {
      subscribe: (send, close) => events.subscribe({ artefactId, auth, send, close }),
      ready: { artefactId },
    });
  });
}

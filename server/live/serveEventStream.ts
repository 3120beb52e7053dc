import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../http/appEnv.ts';
import { apiError } from '../http/errors.ts';
import { MAX_STREAMS_PER_USER, type ArtefactStreams } from './artefactStreams.ts';

/** A comment or a keep-alive line well inside proxies' idle timeouts (often 60 s). */
export const KEEP_ALIVE_MS = 25_000;

export interface EventStreamSource<E extends { type: string }> {
  /**
   * Starts sending events to `send`; `close` ends the stream from the server's
   * side (session ended, access lost). Returns the unsubscribe function, or
   * null when no more streams can be opened (the client is told `busy`).
   */
  subscribe(send: (event: E) => void, close: () => void): (() => void) | null;
  /** The data of the `ready` event sent first (and again after every reconnect). */
  ready: Record<string, unknown>;
}

/**
 * A Server-Sent Events response: `ready` once subscribed, then each event as
 * `event: <type>` with its JSON, keep-alives between, until the client goes
 * or the server closes the stream.
 */
export function serveEventStream<E extends { type: string }>(c: Context, source: EventStreamSource<E>): Response {
  return streamSSE(c, async (stream) => {
    let finish = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const unsubscribe = source.subscribe((event) => void stream.writeSSE({ event: event.type, data: JSON.stringify(event) }).catch(finish), () => finish());
    if (!unsubscribe) {
      await stream.writeSSE({ event: 'busy', data: '{}' });
      return;
    }
    stream.onAbort(finish);
    const keepAlive = setInterval(() => void stream.write(': keep-alive\n\n').catch(finish), KEEP_ALIVE_MS);
    try {
      await stream.writeSSE({ event: 'ready', data: JSON.stringify(source.ready) });
      await finished;
    } finally {
      clearInterval(keepAlive);
      unsubscribe();
    }
  });
}

/**
 * The signed-in caller's stream of a topic's events (their access already
 * checked), or 429 when they hold MAX_STREAMS_PER_USER of this kind already.
 * `what` names the streams in the refusal ("comment", "history").
 */
export function serveArtefactStream<E extends { type: string }>(c: Context<AppEnv>, streams: ArtefactStreams<E>, topic: string, what: string): Response {
  const auth = c.get('auth')!;
  if (streams.streamsOf(auth.user.id) >= MAX_STREAMS_PER_USER) {
    return apiError(c, 429, 'too_many_streams', `At most ${MAX_STREAMS_PER_USER} ${what} streams at once: close another tab first`);
  }
  return serveEventStream(c, { subscribe: (send, close) => streams.subscribe({ topic, auth, send, close }), ready: { topic } });
}

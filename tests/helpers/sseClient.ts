import type { HttpAccount, ServerAddress } from './httpAccounts.ts';

export interface SseEvent {
  event: string;
  data: unknown;
}

/**
 * A reader of a Server-Sent Events stream over real HTTP, like a browser's
 * EventSource with the session cookie: collects events, resolves `ended` when
 * the server closes the stream.
 */
export async function openEventStream(server: ServerAddress, path: string, who: HttpAccount) {
  const controller = new AbortController();
  const res = await fetch(`${server.url}${path}`, { headers: { Cookie: who.cookie, Accept: 'text/event-stream' }, signal: controller.signal });
  const events: SseEvent[] = [];
  const listeners = new Set<() => void>();
  let ended = Promise.resolve();
  if (res.ok && res.body) {
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    ended = (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const lines = block.split('\n');
            const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim();
            const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
            if (event) events.push({ event, data: data ? JSON.parse(data) : null });
            for (const listener of listeners) listener();
          }
        }
      } catch {
        // aborted by close()
      }
    })();
  }

  /** Resolves with the first event (from the start) matching `test`, or rejects after `timeoutMs`. */
  function next(test: (e: SseEvent) => boolean, timeoutMs = 5_000): Promise<SseEvent> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = events.find(test);
        if (!found) return false;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`no matching event in ${timeoutMs} ms; got ${JSON.stringify(events)}`));
      }, timeoutMs);
      if (!check()) listeners.add(check);
    });
  }

  return { status: res.status, contentType: res.headers.get('content-type'), events, ended, next, close: () => controller.abort() };
}

import type { Hono } from 'hono';
import { TEST_ORIGIN } from './testApp.ts';

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read whatever came back
  setCookie: string | null;
}

/**
 * A browser-like caller of `app.request()`: keeps the session cookie it is
 * given and sends our Origin on every request, like a page of ours would.
 */
export class CookieClient {
  cookie: string | null = null;

  constructor(
    private readonly app: Hono<any>, // eslint-disable-line @typescript-eslint/no-explicit-any
    private readonly headers: Record<string, string> = {},
  ) {}

  async request(method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<JsonResponse> {
    const headers: Record<string, string> = { Origin: TEST_ORIGIN, ...this.headers, ...extraHeaders };
    if (this.cookie) headers.Cookie = this.cookie;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await this.app.request(path, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    // Like a browser: every Set-Cookie in order, the last one wins.
    const cookies = res.headers.getSetCookie();
    const setCookie = cookies.at(-1) ?? null;
    for (const header of cookies) {
      const [pair] = header.split(';');
      this.cookie = pair!.endsWith('=') ? null : pair!;
    }
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null, setCookie };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body ?? {});
}

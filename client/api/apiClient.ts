/**
 * The one place the client talks HTTP to the server: JSON in, JSON out, and
 * every failure turned into an ApiError with the server's code and field.
 */

export class ApiError extends Error {
  constructor(
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    /** The server's stable code (`email_taken`, `unknown_code`…), or `network` / `unexpected`. */
    readonly code: string,
    message: string,
    /** The request field at fault (`email`, `zones.2`…), when the server named one. */
    readonly field?: string,
    /** Seconds to wait, from Retry-After on a 429. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type UnauthenticatedListener = () => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/**
 * Called when a request that needs a session is refused with 401: the session
 * ended elsewhere (signed out in another tab, a workshop closed, removed).
 */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

interface ErrorBody {
  error?: unknown;
  message?: unknown;
  field?: unknown;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function toApiError(response: Response, body: unknown): ApiError {
  const { error, message, field } = (body ?? {}) as ErrorBody;
  const retryAfter = Number(response.headers.get('Retry-After'));
  return new ApiError(
    response.status,
    typeof error === 'string' ? error : 'unexpected',
    typeof message === 'string' ? message : `HTTP ${response.status}`,
    typeof field === 'string' ? field : undefined,
    Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : undefined,
  );
}

export interface RequestOptions {
  /** Don't report a 401 as "the session ended" (sign-in, /api/me: a 401 there is an answer). */
  quietUnauthenticated?: boolean;
}

/** Same-origin fetch: the browser sends the session cookie and our Origin by itself. */
export async function apiRequest<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'Network error');
  }
  const parsed = await readJson(response);
  if (!response.ok) {
    const error = toApiError(response, parsed);
    if (error.status === 401 && !options.quietUnauthenticated) for (const listener of unauthenticatedListeners) listener();
    throw error;
  }
  return parsed as T;
}

export const apiGet = <T>(path: string, options?: RequestOptions) => apiRequest<T>('GET', path, undefined, options);
export const apiPost = <T>(path: string, body: unknown = {}, options?: RequestOptions) => apiRequest<T>('POST', path, body, options);

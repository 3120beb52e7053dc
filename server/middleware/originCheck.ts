import { createMiddleware } from 'hono/factory';
import { apiError } from '../http/errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when a request's Origin header is one of ours. Missing counts as foreign. */
export function isAllowedOrigin(origin: string | undefined | null, allowed: ReadonlySet<string>): boolean {
  return typeof origin === 'string' && allowed.has(origin);
}

/**
 * CSRF defence: every state-changing request must carry an Origin we serve.
 * (SameSite=Lax cookies already stop most cross-site posts; this closes the rest.)
 */
export function originCheck(allowedOrigins: () => ReadonlySet<string>) {
  return createMiddleware(async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method) && !isAllowedOrigin(c.req.header('origin'), allowedOrigins())) {
      return apiError(c, 403, 'forbidden_origin', 'Requests must come from this site');
    }
    await next();
  });
}

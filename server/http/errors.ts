import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

/** The one shape of every API error: a stable code, a sentence, and the field at fault if any. */
export interface ApiError {
  error: string;
  message: string;
  field?: string;
}

export function apiError(c: Context, status: ContentfulStatusCode, error: string, message: string, field?: string) {
  const body: ApiError = field === undefined ? { error, message } : { error, message, field };
  return c.json(body, status);
}

/** 400 naming the first field zod found at fault (e.g. `email`, `zones.2`). */
export function validationError(c: Context, issues: z.core.$ZodIssue[]) {
  const first = issues[0];
  // A name the schema does not know is reported at the object holding it; name the unknown field itself.
  const path = first?.code === 'unrecognized_keys' ? [...first.path, first.keys[0]!] : first?.path;
  const field = path && path.length > 0 ? path.join('.') : undefined;
  return apiError(c, 400, 'invalid_request', first ? `${field ?? 'body'}: ${first.message}` : 'Invalid request', field);
}

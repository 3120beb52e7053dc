import { createMiddleware } from 'hono/factory';
import type { z } from 'zod';
import { apiError, validationError } from '../http/errors.ts';

/**
 * Parses the JSON body with a zod schema. Malformed JSON or a bad field is a
 * 400 naming the field, never a 500; the parsed value is read with
 * `c.req.valid('json')`-like access through `c.get('body')`.
 */
export function validateJson<S extends z.ZodType>(schema: S) {
  return createMiddleware<{ Variables: { body: z.output<S> } }>(async (c, next) => {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      return apiError(c, 400, 'invalid_json', 'The request body must be JSON');
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return validationError(c, parsed.error.issues);
    c.set('body', parsed.data);
    await next();
  });
}

import { Hono } from 'hono';
import { z } from 'zod';
import { ACCESS_LEVELS, ARTEFACT_KINDS, ROLES } from '../../../../shared/access.ts';
import { APP_VERSION } from '../../../version.ts';
import { SESSION_COOKIE } from '../../../auth/sessionCookie.ts';
import { OPERATIONS } from './apiDescription.ts';

const errorSchema = {
  type: 'object',
  required: ['error', 'message'],
  properties: {
    error: { type: 'string', description: 'A stable code, e.g. invalid_request, unauthenticated, rate_limited' },
    message: { type: 'string' },
    field: { type: 'string', description: 'The field at fault, e.g. email or zones.2' },
  },
};

const level = { type: 'string', enum: [...ACCESS_LEVELS] };

/** An artefact as the presenters send it (server/presenters/workspace.ts). */
const artefactSchema = {
  type: 'object',
  required: ['id', 'kind', 'title', 'room', 'access'],
  properties: {
    id: { type: 'string' },
    kind: { type: 'string', enum: [...ARTEFACT_KINDS] },
    title: { type: 'string' },
    room: { type: 'string', description: 'The live sync room: /collab/{room}' },
    access: { ...level, description: 'The caller’s own level' },
    accessByRole: {
      type: 'object',
      description: 'Every role’s level, after the artefact’s overrides. Sent to commissioners only (they change it with PATCH /api/artefacts/{id}/access).',
      required: [...ROLES],
      properties: Object.fromEntries(ROLES.map((role) => [role, level])),
      additionalProperties: false,
    },
  },
};

function jsonSchema(schema: z.ZodType) {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const parameters: Array<Record<string, unknown>> = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    for (const q of op.query ?? []) {
      parameters.push({ name: q.name, in: 'query', required: q.required, description: q.description, schema: { type: 'string', ...(q.enum ? { enum: [...q.enum] } : {}) } });
    }
    const responses: Record<string, unknown> = {};
    for (const [status, description] of Object.entries(op.responses)) responses[status] = { description };
    responses['400'] ??= { description: 'Invalid request: the field at fault is named', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    if (op.auth) responses['401'] ??= { description: 'Not signed in', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    (paths[op.path] ??= {})[op.method] = {
      tags: [op.tag],
      summary: op.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body) } } } } : {}),
      responses,
      ...(op.auth ? { security: [{ session: [] }] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Gweithdy API',
      version: APP_VERSION,
      description:
        'Live co-production workspace for outcomes-based home care commissioning. State-changing requests must carry an Origin of this site. Live documents are served over the y-websocket protocol at /collab/{room}.',
    },
    paths,
    components: {
      schemas: { Error: errorSchema, Artefact: artefactSchema },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
    },
  };
}

/** GET /api/openapi.json */
export function openApiRoutes() {
  const document = buildOpenApiDocument();
  return new Hono().get('/', (c) => c.json(document));
}

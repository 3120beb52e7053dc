import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../server/routes/api/openapi/apiDescription.ts';
import { createTestApp } from '../helpers/testApp.ts';

describe('GET /api/openapi.json', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('describes the API as OpenAPI 3.1, with request bodies from the same schemas the server validates with', async () => {
    const res = await t.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    const signup = doc.paths['/api/auth/signup'].post;
    expect(signup.requestBody.content['application/json'].schema.required).toEqual(['email', 'password', 'displayName']);
    expect(doc.paths['/api/workspaces/{id}/members/{userId}'].patch.parameters.map((p: { name: string }) => p.name)).toEqual(['id', 'userId']);
  });

  it('documents every API route the app serves, and nothing it does not', () => {
    const served = new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '')}`),
    );
    const documented = new Set(OPERATIONS.map((op) => `${op.method} ${op.path}`));
    expect(served.size).toBe(OPERATIONS.length);
    expect([...served].filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !served.has(r))).toEqual([]);
  });
});

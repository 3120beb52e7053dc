import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../server/version.ts';
import { createTestApp, TEST_ORIGIN } from '../helpers/testApp.ts';

let testApp: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  testApp = await createTestApp({ connections: () => 3, loadedRooms: () => 2 });
});
afterAll(() => testApp.close());
const appWith = () => testApp;

describe('GET /api/health', () => {
  it('answers 200 with ok and the running version', async () => {
    const res = await appWith().app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, version: APP_VERSION });
  });
});

describe('GET /api/metrics', () => {
  it('serves Prometheus text with connections, rooms, update rate, persist latency and event-loop delay', async () => {
    const { app, metrics } = appWith();
    metrics.recordPersisted(10, 0.002);
    const res = await app.request('/api/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const body = await res.text();
    expect(body).toMatch(/^gweithdy_connections 3$/m);
    expect(body).toMatch(/^gweithdy_rooms_loaded 2$/m);
    expect(body).toMatch(/^gweithdy_updates_persisted_total 10$/m);
    expect(body).toMatch(/^gweithdy_updates_per_second 1$/m);
    expect(body).toMatch(/^gweithdy_persist_latency_seconds_bucket\{le="0.0025"\} 1$/m);
    expect(body).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);
  });
});

describe('unknown API routes', () => {
  it('answer 404 with JSON naming the route', async () => {
    const res = await appWith().app.request('/api/nothing-here', { method: 'POST', headers: { Origin: TEST_ORIGIN } });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'not_found', message: expect.stringContaining('POST /api/nothing-here') });
  });
});

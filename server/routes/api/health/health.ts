import { Hono } from 'hono';
import { APP_VERSION } from '../../../version.ts';

/** GET /api/health — liveness for load balancers and the client's connection check. */
export const healthRoutes = new Hono().get('/', (c) => c.json({ ok: true, version: APP_VERSION }));

import { Hono } from 'hono';
import type { ServerMetrics } from '../../../observability/metrics.ts';

/** GET /api/metrics — Prometheus text exposition. */
export function metricsRoutes(metrics: ServerMetrics) {
  return new Hono().get('/', async (c) => {
    const body = await metrics.registry.metrics();
    return c.body(body, 200, { 'Content-Type': metrics.registry.contentType });
  });
}

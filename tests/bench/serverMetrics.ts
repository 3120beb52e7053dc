/**
 * Reads the server's own counters from GET /api/metrics (Prometheus text).
 * Only loopback: the bench talks to servers it started itself.
 */
export interface MetricsSnapshot {
  /**
   * Value of a sample; NaN when absent. `name` alone gives an unlabelled
   * sample (or the first of that name); `name{labels}` exactly as the server
   * writes them, e.g. `x_bucket{le="0.1"}`, gives that one.
   */
  get(name: string): number;
}

export async function scrapeMetrics(baseUrl: string, timeoutMs = 10_000): Promise<MetricsSnapshot> {
  const response = await fetch(`${baseUrl}/api/metrics`, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`GET /api/metrics answered ${response.status}`);
  return parsePrometheus(await response.text());
}

export function parsePrometheus(text: string): MetricsSnapshot {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    // name{labels} value [timestamp]; label values may contain spaces, so split on the closing brace.
    const brace = line.indexOf('}');
    const nameEnd = brace >= 0 ? line.indexOf('{') : line.indexOf(' ');
    const name = line.slice(0, nameEnd);
    const rest = (brace >= 0 ? line.slice(brace + 1) : line.slice(nameEnd)).trim();
    const value = Number(rest.split(' ')[0]);
    if (!values.has(name)) values.set(name, value);
    if (brace >= 0) values.set(line.slice(0, brace + 1), value);
  }
  return { get: (name) => values.get(name) ?? NaN };
}

/** Polls until `accept` holds for a fresh snapshot; returns it, or the last one after the timeout. */
export async function pollMetrics(
  baseUrl: string,
  accept: (m: MetricsSnapshot) => boolean,
  { timeoutMs = 15_000, intervalMs = 200 } = {},
): Promise<{ snapshot: MetricsSnapshot; satisfied: boolean }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const snapshot = await scrapeMetrics(baseUrl);
    if (accept(snapshot)) return { snapshot, satisfied: true };
    if (Date.now() >= deadline) return { snapshot, satisfied: false };
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Everything `npm run bench` reads from its environment, in one place. The
 * defaults keep a full run under ~10 minutes on a 2-core machine;
 * BENCH_QUICK=1 shrinks every scenario to a few seconds for smoke tests.
 */
export interface BenchConfig {
  quick: boolean;
  /** Measured seconds of each one-room run (after every client connected). */
  seconds: number;
  /** Client counts of scenario 1. */
  clientCounts: number[];
  /** Client count of scenario 3 (persistence on vs off). */
  durabilityClients: number;
  /** On/off pairs of scenario 3, run alternately. */
  durabilityPairs: number;
  /** One-room runs that may be repeated because other processes disturbed them (whole bench). */
  disturbedRetries: number;
  /** Clients that keep a full Y.Doc and measure fan-out latency. */
  observers: number;
  editsPerSecond: number;
  awarenessPerSecond: number;
  /** Stored updates of the cold-load document. */
  coldUpdates: number;
  /** Fresh server processes per cold-load variant (the median is reported). */
  coldRepeats: number;
  /** A cold load that takes longer than this is cut off and reported as not finished. */
  coldLimitSeconds: number;
  /** Log lengths at which to time Room.fromStored, to show how load time grows with the log. */
  coldTails: number[];
  /** Rooms opened and closed in the churn scenario. */
  churnRooms: number;
  /** Rooms open at the same time during churn. */
  churnConcurrency: number;
  /** Quiet time after churn before the final memory reading. */
  churnSettleSeconds: number;
  /** Contributions to the public call of scenario 5 (with 5 supports and 1 comment each). */
  callContributions: number;
  /** Citizens who made them. */
  callCitizens: number;
  /** Viewers refetching the call at once after a change. */
  callViewers: number;
}

export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const quick = env.BENCH_QUICK === '1' || env.BENCH_QUICK === 'true';
  return {
    quick,
    seconds: number(env, 'BENCH_SECONDS', quick ? 3 : 20),
    clientCounts: list(env, 'BENCH_CLIENTS', quick ? [20, 50] : [50, 200, 500]),
    durabilityClients: number(env, 'BENCH_DURABILITY_CLIENTS', quick ? 50 : 200),
    durabilityPairs: number(env, 'BENCH_DURABILITY_PAIRS', quick ? 1 : 3),
    disturbedRetries: whole(env, 'BENCH_RETRIES', 3),
    observers: number(env, 'BENCH_OBSERVERS', quick ? 4 : 8),
    editsPerSecond: number(env, 'BENCH_EDITS_PER_SECOND', 2),
    awarenessPerSecond: number(env, 'BENCH_AWARENESS_PER_SECOND', 1),
    coldUpdates: number(env, 'BENCH_COLD_UPDATES', quick ? 10_000 : 100_000),
    coldRepeats: number(env, 'BENCH_COLD_REPEATS', quick ? 1 : 3),
    coldLimitSeconds: number(env, 'BENCH_COLD_LIMIT_SECONDS', quick ? 20 : 90),
    coldTails: list(env, 'BENCH_COLD_TAILS', quick ? [1000, 5000, 10_000] : [1000, 5000, 20_000, 50_000, 100_000]),
    churnRooms: number(env, 'BENCH_CHURN_ROOMS', quick ? 100 : 1000),
    churnConcurrency: number(env, 'BENCH_CHURN_CONCURRENCY', 5),
    churnSettleSeconds: number(env, 'BENCH_CHURN_SETTLE_SECONDS', quick ? 2 : 5),
    callContributions: number(env, 'BENCH_CALL_CONTRIBUTIONS', quick ? 100 : 1000),
    callCitizens: number(env, 'BENCH_CALL_CITIZENS', quick ? 50 : 1000),
    callViewers: number(env, 'BENCH_CALL_VIEWERS', quick ? 20 : 200),
  };
}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be 0 or more, got "${raw}"`);
  return value;
}

function list(env: NodeJS.ProcessEnv, name: string, fallback: number[]): number[] {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const values = raw.split(',').map((s) => Number(s.trim()));
  if (values.some((v) => !Number.isInteger(v) || v <= 0)) throw new Error(`${name} must be like "50,200,500", got "${raw}"`);
  return values;
}

/**
 * Scenario 4: memory after churn. Many short visits to many rooms — two
 * people join, type, see each other's edits, leave — a few rooms at a time.
 * Afterwards every room must be unloaded and the server's memory must come
 * back to about where it was after a warm-up, or rooms are leaking.
 */
import type { BenchConfig } from './config.ts';
import { removeTempDir, startBenchServer, type BenchServer } from './processes.ts';
import { ProtocolClient } from './protocolClient.ts';
import { pollMetrics, scrapeMetrics } from './serverMetrics.ts';
import { MB, readMemory, summarize, type Summary } from './stats.ts';

export interface MemoryState {
  rssMB: number;
  heapUsedMB: number;
  roomsLoaded: number;
  connections: number;
}

export interface ChurnResult {
  rooms: number;
  concurrency: number;
  seconds: number;
  /** Right after start, before any room was opened. */
  fresh: MemoryState;
  /** After a warm-up churn (code paths loaded and compiled), the baseline to return to. */
  baseline: MemoryState;
  peakRoomsLoaded: number;
  /** After each round, once every room of it unloaded. */
  rounds: Array<MemoryState & { roomsSoFar: number }>;
  /** After the last round and a quiet settle period. */
  after: MemoryState;
  rssGrowthMB: number;
  /** Per visit: both clients connect, one types, the other sees it, both leave; ms. */
  visitMs: Summary;
  failedVisits: number;
  warnings: string[];
}

const WARM_UP_ROOMS = 50;
const ROUNDS = 4;
const EDITS_PER_VISIT = 3;
/** RSS may exceed the baseline by this much before it counts as not returned (allocator slack, GC timing). */
const RSS_MARGIN_MB = 32;

export async function runChurn(config: BenchConfig): Promise<ChurnResult> {
  const server = await startBenchServer({});
  try {
    const fresh = await memoryOf(server);
    await churn(server, 'warm-up', WARM_UP_ROOMS, config.churnConcurrency);
    await settle(server, config.churnSettleSeconds);
    const baseline = await memoryOf(server);

    let peakRoomsLoaded = 0;
    const watcher = setInterval(() => {
      scrapeMetrics(server.url).then(
        (m) => (peakRoomsLoaded = Math.max(peakRoomsLoaded, m.get('gweithdy_rooms_loaded'))),
        () => {},
      );
    }, 250);
    // In rounds, reading memory after each: a leak shows as growth round after round, noise does not.
    const rounds: ChurnResult['rounds'] = [];
    const durations: number[] = [];
    let failures = 0;
    let settled = true;
    let seconds = 0;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const rooms = Math.ceil(config.churnRooms / ROUNDS);
        const started = performance.now();
        const visits = await churn(server, `round-${round}`, rooms, config.churnConcurrency);
        seconds += (performance.now() - started) / 1000;
        durations.push(...visits.durations);
        failures += visits.failures;
        const last = round === ROUNDS - 1;
        settled = (await settle(server, last ? config.churnSettleSeconds : 0)) && settled;
        rounds.push({ roomsSoFar: rooms * (round + 1), ...(await memoryOf(server)) });
      }
    } finally {
      clearInterval(watcher);
    }
    const after = rounds.at(-1)!;

    const result: ChurnResult = {
      rooms: config.churnRooms,
      concurrency: config.churnConcurrency,
      seconds,
      fresh,
      baseline,
      peakRoomsLoaded,
      after,
      rssGrowthMB: after.rssMB - baseline.rssMB,
      rounds,
      visitMs: summarize(durations),
      failedVisits: failures,
      warnings: [],
    };
    if (!settled) {
      const left = `${after.roomsLoaded} rooms, ${after.connections} connections`;
      result.warnings.push(`churn: rooms or connections did not drop to 0 (${left})`);
    }
    if (failures > 0) result.warnings.push(`churn: ${failures} of ${config.churnRooms} visits failed`);
    if (result.rssGrowthMB > RSS_MARGIN_MB) {
      const growth = result.rssGrowthMB.toFixed(1);
      result.warnings.push(`churn: RSS grew ${growth} MB over the baseline (margin ${RSS_MARGIN_MB} MB)`);
    }
    return result;
  } finally {
    await server.kill();
    removeTempDir(server.dataDir);
  }
}

async function memoryOf(server: BenchServer): Promise<MemoryState> {
  const metrics = await scrapeMetrics(server.url);
  return {
    rssMB: readMemory(server.pid).rss / MB,
    heapUsedMB: metrics.get('nodejs_heap_size_used_bytes') / MB,
    roomsLoaded: metrics.get('gweithdy_rooms_loaded'),
    connections: metrics.get('gweithdy_connections'),
  };
}

/** Waits for every room to unload and every socket to close, then a quiet period; false if they never did. */
async function settle(server: BenchServer, quietSeconds: number): Promise<boolean> {
  const { satisfied } = await pollMetrics(
    server.url,
    (m) => m.get('gweithdy_rooms_loaded') === 0 && m.get('gweithdy_connections') === 0,
    { timeoutMs: 30_000 },
  );
  await new Promise((r) => setTimeout(r, quietSeconds * 1000));
  return satisfied;
}

/** Visits `rooms` rooms, `concurrency` at a time. */
async function churn(server: BenchServer, prefix: string, rooms: number, concurrency: number) {
  const durations: number[] = [];
  let failures = 0;
  let nextRoom = 0;
  const worker = async () => {
    while (nextRoom < rooms) {
      const room = `bench/${prefix}/${nextRoom++}`;
      const started = performance.now();
      try {
        await visit(`${server.collabUrl}/${room}`);
        durations.push(performance.now() - started);
      } catch {
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { durations, failures };
}

async function visit(url: string): Promise<void> {
  const writer = new ProtocolClient({ url, index: 0 });
  const reader = new ProtocolClient({ url, index: 1, observe: true });
  try {
    await Promise.all([writer.connect(10_000), reader.connect(10_000)]);
    for (let i = 0; i < EDITS_PER_VISIT; i++) writer.edit();
    writer.moveCursor();
    reader.moveCursor();
    // The reader seeing every edit means the server stored and broadcast them.
    const deadline = performance.now() + 10_000;
    while (reader.seen < EDITS_PER_VISIT) {
      if (performance.now() > deadline) throw new Error(`reader saw ${reader.seen} of ${EDITS_PER_VISIT} edits`);
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    writer.close(true);
    reader.close(true);
  }
}

/**
 * Scenario 4: memory after churn. Many short visits to many rooms — two
 * people join, type, see each other's edits, leave — a few rooms at a time.
 * Afterwards every room must be unloaded and the server's memory must come
 * back to about where it was after a warm-up, or rooms are leaking.
 */
import { api, editableRoom, type HttpAccount } from '../helpers/httpAccounts.ts';
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
    const perRound = Math.ceil(config.churnRooms / ROUNDS);
    // Every room visited must be a real artefact: made over the API before anything is measured.
    const { owner, rooms } = await artefactRooms(server, WARM_UP_ROOMS + ROUNDS * perRound);
    const visitor: Visitor = { server, headers: owner.headers, concurrency: config.churnConcurrency };
    await churn(visitor, rooms.splice(0, WARM_UP_ROOMS));
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
    let firstFailure: string | null = null;
    let settled = true;
    let seconds = 0;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const started = performance.now();
        const visits = await churn(visitor, rooms.splice(0, perRound));
        seconds += (performance.now() - started) / 1000;
        durations.push(...visits.durations);
        failures += visits.failures;
        firstFailure ??= visits.firstFailure;
        const last = round === ROUNDS - 1;
        settled = (await settle(server, last ? config.churnSettleSeconds : 0)) && settled;
        rounds.push({ roomsSoFar: perRound * (round + 1), ...(await memoryOf(server)) });
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
    if (failures > 0) result.warnings.push(`churn: ${failures} of ${config.churnRooms} visits failed (first: ${firstFailure})`);
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

/**
 * One commissioner's workspace with `count` artefact rooms, over the real API.
 * The owner may edit all of them, so every visit is allowed by the same checks
 * a browser's would pass.
 */
async function artefactRooms(server: BenchServer, count: number): Promise<{ owner: HttpAccount; rooms: string[] }> {
  const { owner, workspaceId, room } = await editableRoom(server);
  const rooms = [room];
  while (rooms.length < count) {
    const title = `Churn ${rooms.length}`;
    const created = await api(server, 'POST', `/api/workspaces/${workspaceId}/artefacts`, { kind: 'map', title }, owner.cookie);
    if (created.status !== 201) throw new Error(`creating artefact ${rooms.length} failed: ${JSON.stringify(created.body)}`);
    rooms.push(created.body.artefact.room as string);
  }
  return { owner, rooms };
}

interface Visitor {
  server: BenchServer;
  /** Origin and session Cookie of the rooms' owner, sent on every upgrade. */
  headers: Record<string, string>;
  /** Rooms open at the same time. */
  concurrency: number;
}

/** Visits each of `rooms` once, `concurrency` at a time. */
async function churn({ server, headers, concurrency }: Visitor, rooms: string[]) {
  const durations: number[] = [];
  let failures = 0;
  let firstFailure: string | null = null;
  let nextRoom = 0;
  const worker = async () => {
    while (nextRoom < rooms.length) {
      const room = rooms[nextRoom++]!;
      const started = performance.now();
      try {
        await visit(`${server.collabUrl}/${room}`, headers);
        durations.push(performance.now() - started);
      } catch (error) {
        failures++;
        firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { durations, failures, firstFailure };
}

async function visit(url: string, headers: Record<string, string>): Promise<void> {
  const writer = new ProtocolClient({ url, headers, index: 0 });
  const reader = new ProtocolClient({ url, headers, index: 1, observe: true });
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

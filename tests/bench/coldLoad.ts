/**
 * Scenario 2: how long a fresh server takes to serve a document stored as a
 * long update log, with and without a checkpoint. Measured end to end (an
 * unmodified y-websocket provider, from creating it to synced with the full
 * text, on a fresh server process) and in one process (store.load +
 * Room.fromStored, see inProcessLoad.ts) for a number free of sockets and
 * start-up. Every measurement has a time limit: a load that does not finish
 * is reported as such rather than stalling the bench.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { BenchConfig } from './config.ts';
import { addCheckpoint, buildUpdateLog, createArtefactRoom, type ArtefactRoom } from './coldLoadData.ts';
import { IN_PROCESS_SETTINGS_ENV, type InProcessLine, type InProcessSettings } from './inProcessLoad.ts';
import { makeTempDir, removeTempDir, runScript, startBenchServer } from './processes.ts';
import { scrapeMetrics } from './serverMetrics.ts';

/** How often the probe asks /api/health while a document loads: a sampling interval, not a wait for a condition. */
const HEALTH_PROBE_INTERVAL_MS = 200;
import { median } from './stats.ts';

export interface ColdLoadVariant {
  /** Provider created → synced with the full text, each on a fresh server process; ms. Empty if it never synced. */
  serverRunsMs: number[];
  /** Median of serverRunsMs; null when the load did not finish within the limit. */
  serverMs: number | null;
  /** The server's own timing of the load (gweithdy_room_load_seconds), median, ms. */
  serverSideLoadMs: number | null;
  /** Slowest GET /api/health answer while the document loaded: how long the whole server stood still. */
  healthMaxMs: number;
  /** In one process, median ms; null when cut off at the limit. */
  storeLoadMs: number | null;
  fromStoredMs: number | null;
}

export interface ColdLoadResult {
  updates: number;
  logBytes: number;
  checkpointBytes: number;
  textLength: number;
  buildSeconds: number;
  serverStartMs: number;
  limitSeconds: number;
  withoutCheckpoint: ColdLoadVariant;
  withCheckpoint: ColdLoadVariant;
  /** Room.fromStored on the first n updates of the log (no checkpoint): how the load time grows. */
  tailScaling: Array<{ updates: number; fromStoredMs: number }>;
  warnings: string[];
}

export async function runColdLoad(config: BenchConfig): Promise<ColdLoadResult> {
  const template = makeTempDir('gweithdy-bench-cold-');
  try {
    const artefact = await createArtefactRoom(template);
    const built = await buildUpdateLog(template, artefact, config.coldUpdates);
    const sha256 = createHash('sha256').update(built.text).digest('hex');
    const limitMs = config.coldLimitSeconds * 1000;
    const starts: number[] = [];
    const warnings: string[] = [];

    const tails = config.coldTails.filter((n) => n <= built.updates);
    const scaling = await inProcess({ dataDir: template, room: artefact.room, expectedSha256: sha256, tails }, limitMs);
    const tailScaling = scaling.lines.flatMap((l) =>
      l.type === 'tail' ? [{ updates: l.updates, fromStoredMs: l.fromStoredMs }] : [],
    );
    if (scaling.timedOut) warnings.push(`cold load: tail scaling cut off after ${config.coldLimitSeconds} s`);

    const document: StoredDocument = { template, artefact, text: built.text, sha256 };
    const withoutCheckpoint = await measureVariant(config, document, starts, warnings, 'update log only');
    await addCheckpoint(template, artefact.room, built.state, built.updates);
    const withCheckpoint = await measureVariant(config, document, starts, warnings, 'with checkpoint');
    return {
      updates: built.updates,
      logBytes: built.logBytes,
      checkpointBytes: built.state.byteLength,
      textLength: built.text.length,
      buildSeconds: built.buildSeconds,
      serverStartMs: median(starts),
      limitSeconds: config.coldLimitSeconds,
      withoutCheckpoint,
      withCheckpoint,
      tailScaling,
      warnings,
    };
  } finally {
    removeTempDir(template);
  }
}

/** The data dir every run copies, the room the document is stored under, and what a correct load yields. */
interface StoredDocument {
  template: string;
  artefact: ArtefactRoom;
  text: string;
  sha256: string;
}

async function measureVariant(
  config: BenchConfig,
  { template, artefact, text, sha256 }: StoredDocument,
  starts: number[],
  warnings: string[],
  label: string,
): Promise<ColdLoadVariant> {
  const limitMs = config.coldLimitSeconds * 1000;
  const runs: number[] = [];
  const serverSide: number[] = [];
  const health: number[] = [];
  for (let i = 0; i < config.coldRepeats; i++) {
    // A copy each time: serving the document writes a checkpoint when the last peer leaves.
    const run = await overServer(copyOf(template), artefact, text, limitMs);
    starts.push(run.startMs);
    health.push(run.healthMaxMs);
    if (run.ms === null) {
      warnings.push(`cold load (${label}): the provider was not synced after ${config.coldLimitSeconds} s; gave up`);
      break;
    }
    runs.push(run.ms);
    serverSide.push(run.serverSideMs);
    if (run.ms > limitMs / 4) break; // one slow sample says enough, and repeats would blow the time budget
  }

  const storeLoads: number[] = [];
  const fromStoreds: number[] = [];
  for (let i = 0; i < config.coldRepeats; i++) {
    const dir = copyOf(template);
    const settings: InProcessSettings = { dataDir: dir, room: artefact.room, expectedSha256: sha256 };
    const outcome = await inProcess(settings, limitMs);
    removeTempDir(dir);
    const line = outcome.lines.find((l) => l.type === 'load');
    if (!line || line.type !== 'load') {
      const why = outcome.timedOut
        ? `cut off after ${config.coldLimitSeconds} s`
        : `failed (${outcome.exitCode}): ${outcome.stderr}`;
      warnings.push(`cold load in process (${label}): ${why}`);
      break;
    }
    if (!line.correct) throw new Error(`cold load in process (${label}): the text differs from what was stored`);
    storeLoads.push(line.storeLoadMs);
    fromStoreds.push(line.fromStoredMs);
    if (line.storeLoadMs + line.fromStoredMs > limitMs / 4) break;
  }

  const orNull = (values: number[]) => (values.length > 0 ? median(values) : null);
  return {
    serverRunsMs: runs,
    serverMs: orNull(runs),
    serverSideLoadMs: orNull(serverSide),
    healthMaxMs: Math.max(...health),
    storeLoadMs: orNull(storeLoads),
    fromStoredMs: orNull(fromStoreds),
  };
}

/** store.load + Room.fromStored in a child process, cut off after `limitMs`. */
function inProcess(settings: InProcessSettings, limitMs: number) {
  const env = { [IN_PROCESS_SETTINGS_ENV]: JSON.stringify(settings) };
  return runScript<InProcessLine>('tests/bench/inProcessLoad.ts', env, limitMs);
}

function copyOf(template: string): string {
  const dir = makeTempDir('gweithdy-bench-cold-run-');
  for (const file of fs.readdirSync(template)) fs.copyFileSync(path.join(template, file), path.join(dir, file));
  return dir;
}

interface ServerRun {
  /** null: not synced within the limit. */
  ms: number | null;
  serverSideMs: number;
  startMs: number;
  healthMaxMs: number;
}

async function overServer(dataDir: string, artefact: ArtefactRoom, expected: string, limitMs: number): Promise<ServerRun> {
  const startedAt = performance.now();
  const server = await startBenchServer({}, dataDir);
  const startMs = performance.now() - startedAt;
  const doc = new Y.Doc();
  let provider: WebsocketProvider | null = null;
  const probe = new HealthProbe(server.url);
  try {
    // As a signed-in browser's page: this server's own Origin (its port is new each run) and the session cookie.
    const headers = { Origin: server.url, Cookie: artefact.cookie };
    const SignedInWebSocket = class extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    };
    const began = performance.now();
    provider = new WebsocketProvider(server.collabUrl, artefact.room, doc, {
      WebSocketPolyfill: SignedInWebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    const synced = await syncedWithin(provider, limitMs);
    const ms = performance.now() - began;
    if (!synced) return { ms: null, serverSideMs: NaN, startMs, healthMaxMs: probe.stop() };
    if (doc.getText('t').toString() !== expected) {
      throw new Error('cold load over the server: the text differs from what was stored');
    }
    const healthMaxMs = await probe.stopAfterAnswer();
    const metrics = await scrapeMetrics(server.url);
    const serverSideMs = (metrics.get('gweithdy_room_load_seconds_sum') / metrics.get('gweithdy_room_load_seconds_count')) * 1000;
    return { ms, serverSideMs, startMs, healthMaxMs };
  } finally {
    probe.stop();
    provider?.destroy();
    doc.destroy();
    await server.kill();
    removeTempDir(dataDir);
  }
}

function syncedWithin(provider: WebsocketProvider, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      provider.off('sync', onSync);
      resolve(false);
    }, timeoutMs);
    const onSync = (synced: boolean) => {
      if (!synced) return;
      clearTimeout(timer);
      provider.off('sync', onSync);
      resolve(true);
    };
    provider.on('sync', onSync);
  });
}

/**
 * Asks GET /api/health every 200 ms while a document loads. A load that
 * blocks the event loop shows up as an answer that takes as long as the
 * block: every room and request on the server waits that long too.
 */
class HealthProbe {
  private maxMs = 0;
  private inFlightSince: number | null = null;
  private stopped = false;
  private readonly done: Promise<void>;

  constructor(private readonly baseUrl: string) {
    this.done = this.loop();
  }

  /** The slowest answer so far, counting a request still waiting as taking until now. */
  stop(): number {
    this.stopped = true;
    const waiting = this.inFlightSince === null ? 0 : performance.now() - this.inFlightSince;
    return Math.max(this.maxMs, waiting);
  }

  /** Stops after the request in flight (if any) has been answered. */
  async stopAfterAnswer(): Promise<number> {
    this.stopped = true;
    await this.done;
    return this.maxMs;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      this.inFlightSince = performance.now();
      try {
        await fetch(`${this.baseUrl}/api/health`, { signal: AbortSignal.timeout(600_000) });
      } catch {
        // The server was killed under it; stop() already counted the wait.
      }
      this.maxMs = Math.max(this.maxMs, performance.now() - this.inFlightSince);
      this.inFlightSince = null;
      await new Promise((r) => setTimeout(r, HEALTH_PROBE_INTERVAL_MS));
    }
  }
}

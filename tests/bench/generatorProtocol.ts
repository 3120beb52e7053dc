/**
 * What the orchestrator (run.ts) and the load generator child tell each
 * other. The orchestrator passes the settings in an environment variable and
 * writes "go" to the child's stdin; the child answers with one JSON object per
 * line on stdout.
 */
import type { Summary } from './stats.ts';

export const GENERATOR_SETTINGS_ENV = 'BENCH_GENERATOR_SETTINGS';

export interface GeneratorSettings {
  /** ws://host/collab/<room> */
  url: string;
  /** Origin and Cookie of the bench's signed-in account, sent by every client on its upgrade. */
  headers: Record<string, string>;
  clients: number;
  observers: number;
  seconds: number;
  editsPerSecond: number;
  awarenessPerSecond: number;
  /** Clients connecting at the same time while ramping up. */
  connectConcurrency: number;
  /** After the run, how long to wait for edits still in flight to reach the observers. */
  drainMs: number;
}

export interface ReadyMessage {
  type: 'ready';
  connected: number;
  /** Connect to synced, per client, ms. */
  connectMs: Summary;
}

export interface StoppedMessage {
  type: 'stopped';
}

export interface GeneratorResult {
  type: 'result';
  seconds: number;
  editsSent: number;
  awarenessSent: number;
  /** Fan-out latency measured at the observers, ms. */
  latencyMs: Summary;
  /** Smallest share, over observers, of other clients' edits that reached it (1 = all). */
  deliveredMin: number;
  /** Received by all clients during the measured seconds. */
  messagesIn: number;
  bytesIn: number;
  /** Of messagesIn: document update broadcasts and awareness broadcasts. */
  updatesIn: number;
  awarenessIn: number;
  /** Clients the server closed during the run, by close code. */
  closedByServer: Record<string, number>;
  /** The generator's own health: if it is saturated, the latency above is partly its own. */
  generator: { cpuPercent: number; eventLoopDelayMs: { p50: number; p99: number; max: number } };
}

export interface ErrorMessage {
  type: 'error';
  message: string;
}

export type GeneratorMessage = ReadyMessage | StoppedMessage | GeneratorResult | ErrorMessage;

/**
 * Turns the results into the printed table and the JSON files. No
 * measuring happens here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCallPage, type CallPageResult } from './callPage.ts';
import type { ChurnResult } from './churn.ts';
import type { ColdLoadResult } from './coldLoad.ts';
import type { BenchConfig } from './config.ts';
import type { OneRoomResult } from './oneRoom.ts';
import { f0, f1, f2, table } from './tables.ts';

export interface MachineFacts {
  cpuModel: string;
  cores: number;
  totalMemoryGiB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the bench started: above ~0.5 something else was running. */
  loadAverage: number;
  date: string;
  commit: string | null;
  /** Files of the server that differ from the commit: the numbers are then for the working tree, not the commit. */
  uncommittedServerFiles: string[];
}

export interface DurabilityFigures {
  latencyP50: number;
  latencyP99: number;
  serverCpu: number;
}

export interface DurabilityResult {
  clients: number;
  /** Alternating runs: on, off, on, off… */
  on: OneRoomResult[];
  off: OneRoomResult[];
  medianOn: DurabilityFigures;
  medianOff: DurabilityFigures;
  /** Median on ÷ median off: how much persisting before broadcasting costs. */
  ratios: DurabilityFigures;
}

export interface BenchResults {
  machine: MachineFacts;
  config: BenchConfig;
  oneRoom: OneRoomResult[];
  durability: DurabilityResult | null;
  coldLoad: ColdLoadResult | null;
  churn: ChurnResult | null;
  callPage: CallPageResult | null;
  /** Scenarios that failed outright, with the error. */
  errors: string[];
  warnings: string[];
}

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

export function machineFacts(date: Date): MachineFacts {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  let commit: string | null = null;
  let uncommittedServerFiles: string[] = [];
  try {
    commit = git('rev-parse', '--short', 'HEAD').trim();
    const status = git('status', '--porcelain', '--', 'server', 'shared', 'migrations', 'package.json', 'package-lock.json');
    uncommittedServerFiles = status.split('\n').filter(Boolean).map((line) => line.slice(3));
  } catch {
    // Not a git checkout: the facts stand without it.
  }
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    totalMemoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg()[0] ?? NaN,
    date: date.toISOString(),
    commit,
    uncommittedServerFiles,
  };
}

/**
 * Writes `<ISO date>.json` and `latest.json`. Quick (smoke-test) runs go to
 * results/quick/ (not committed), so they never replace a real measurement.
 */
export function writeResults(results: BenchResults, date: Date): string[] {
  const dir = results.config.quick ? path.join(RESULTS_DIR, 'quick') : RESULTS_DIR;
  fs.mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-'); // no colons: portable file names
  const files = [path.join(dir, `${stamp}.json`), path.join(dir, 'latest.json')];
  for (const file of files) {
    fs.writeFileSync(`${file}.tmp`, json);
    fs.renameSync(`${file}.tmp`, file); // a reader never sees half a file
  }
  return files;
}

export function formatReport(r: BenchResults): string {
  const m = r.machine;
  const c = r.config;
  const out: string[] = [];
  out.push(`Gweithdy bench — ${m.date}${c.quick ? ' (BENCH_QUICK: smoke test, not a measurement)' : ''}`);
  out.push(
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${f1(m.totalMemoryGiB)} GiB RAM, Node ${m.node}, ${m.platform}` +
      (m.commit ? `, commit ${m.commit}` : '') +
      `; load average at start ${f2(m.loadAverage)}`,
  );
  if (m.uncommittedServerFiles.length > 0) {
    out.push(`NOTE: measured the working tree, not ${m.commit}: ${m.uncommittedServerFiles.length} server files differ from it`);
  }

  const rates = `each client types ${c.editsPerSecond}×/s and moves its cursor ${c.awarenessPerSecond}×/s`;
  out.push('', `1. One room: ${rates}, ${c.seconds} s per row`);
  out.push(
    `   latency = typed → applied in the Y.Doc of ${c.observers} observing clients; ` +
      "delivered = worst observer's share of the others' edits",
    '   srv = server process (/proc, /api/metrics); gen = load generator process; ' +
      'other = CPU used by anything else on the machine; upd+aw = update and awareness broadcasts;',
    '   steal = CPU time the hypervisor took from this VM during the run (stalls whichever process was on that CPU)',
  );
  out.push(r.oneRoom.length > 0 ? oneRoomTable(r.oneRoom) : '   (failed: see errors)');

  out.push('', '2. Cold load of one document');
  const cl = r.coldLoad;
  if (cl) {
    out.push(
      `   ${cl.updates.toLocaleString('en')} stored updates (${f1(cl.logBytes / 1024 ** 2)} MB) from 4 authors, ` +
        `text ${cl.textLength.toLocaleString('en')} chars, checkpoint ${f0(cl.checkpointBytes / 1024)} KB`,
    );
    out.push(
      `   median of up to ${c.coldRepeats}; a fresh server process each time ` +
        `(start-up ${f0(cl.serverStartMs)} ms, not included); limit ${cl.limitSeconds} s`,
    );
    const ms = (v: number | null) => (v === null ? `> ${cl.limitSeconds} s` : f0(v));
    const row = (name: string, v: ColdLoadResult['withCheckpoint']) => [
      name,
      ms(v.serverMs),
      v.serverSideLoadMs === null ? '–' : f0(v.serverSideLoadMs),
      f0(v.healthMaxMs),
      ms(v.storeLoadMs),
      v.storeLoadMs === null ? `> ${cl.limitSeconds} s` : f0(v.fromStoredMs ?? NaN),
    ];
    out.push(
      table(
        ['stored as', 'provider→synced ms', 'server load ms', '/api/health max ms', 'store.load ms', 'Room.fromStored ms'],
        [row('update log only', cl.withoutCheckpoint), row('with checkpoint', cl.withCheckpoint)],
      ),
    );
    if (cl.tailScaling.length > 0) {
      const points = cl.tailScaling.map((t) => `${t.updates.toLocaleString('en')}: ${f0(t.fromStoredMs)} ms`).join(' · ');
      out.push(`   Room.fromStored by log length (no checkpoint): ${points}`);
    }
  } else out.push('   (failed: see errors)');

  out.push('', '3. Cost of durability: persist-before-broadcast on vs PERSISTENCE=off, alternating runs');
  const d = r.durability;
  if (d) {
    const run = (name: string, x: OneRoomResult) => [
      name,
      f0(x.edits.persistedPerSecond),
      f1(x.latencyMs.p50),
      f1(x.latencyMs.p99),
      f0(x.server.cpuPercent),
      f0(x.generator.cpuPercent),
    ];
    const figures = (name: string, x: DurabilityFigures, format: (v: number) => string) => [
      name,
      '',
      format(x.latencyP50),
      format(x.latencyP99),
      format(x.serverCpu),
      '',
    ];
    const runs = d.on.flatMap((on, i) => {
      const off = d.off[i];
      return off ? [run(`on  #${i + 1}`, on), run(`off #${i + 1}`, off)] : [run(`on  #${i + 1}`, on)];
    });
    out.push(
      table(
        [`N=${d.clients}`, 'persisted/s', 'p50 ms', 'p99 ms', 'srv CPU %', 'gen CPU %'],
        [
          ...runs,
          figures('median on', d.medianOn, f1),
          figures('median off', d.medianOff, f1),
          figures('ratio on/off', d.ratios, f2),
        ],
      ),
    );
  } else out.push('   (failed: see errors)');

  out.push('', '4. Memory after churn');
  const ch = r.churn;
  if (ch) {
    out.push(
      `   ${ch.rooms} rooms, ${ch.concurrency} at a time, 2 clients per visit ` +
        `(${ch.seconds.toFixed(1)} s; visit p50 ${f0(ch.visitMs.p50)} ms, ` +
        `p99 ${f0(ch.visitMs.p99)} ms; ${ch.failedVisits} failed); peak rooms loaded ${ch.peakRoomsLoaded}`,
    );
    const row = (name: string, s: ChurnResult['after']) => [
      name,
      f1(s.rssMB),
      f1(s.heapUsedMB),
      String(s.roomsLoaded),
      String(s.connections),
    ];
    out.push(
      table(
        ['server', 'RSS MB', 'heap used MB', 'rooms loaded', 'connections'],
        [
          row('fresh start', ch.fresh),
          row('after warm-up (baseline)', ch.baseline),
          ...ch.rounds.map((round, i) =>
            row(`after ${round.roomsSoFar} rooms${i === ch.rounds.length - 1 ? ` + ${c.churnSettleSeconds} s` : ''}`, round),
          ),
        ],
      ),
    );
    out.push(`   RSS change vs baseline: ${ch.rssGrowthMB >= 0 ? '+' : ''}${f1(ch.rssGrowthMB)} MB`);
  } else out.push('   (failed: see errors)');

  out.push('', '5. A public call for contributions');
  if (r.callPage) out.push(...formatCallPage(r.callPage));
  else out.push('   (failed: see errors)');

  if (r.warnings.length > 0) out.push('', 'Warnings:', ...r.warnings.map((w) => `  - ${w}`));
  if (r.errors.length > 0) out.push('', 'Errors:', ...r.errors.map((e) => `  - ${e}`));
  return out.join('\n');
}

function oneRoomTable(runs: OneRoomResult[]): string {
  const key = (x: OneRoomResult) => [String(x.clients), x.persistence ? 'on' : 'off'];
  const traffic = table(
    ['clients', 'persist', 'connected', 'edits/s', 'persisted/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'delivered'],
    runs.map((x) => [
      ...key(x),
      `${x.connected.server}/${x.clients}`,
      f0(x.edits.sentPerSecond),
      f0(x.edits.persistedPerSecond),
      f1(x.latencyMs.p50),
      f1(x.latencyMs.p90),
      f1(x.latencyMs.p99),
      f0(x.latencyMs.max),
      `${f1(100 * x.deliveredMin)} %`,
    ]),
  );
  const resources = table(
    [
      'clients',
      'persist',
      'srv CPU %',
      'srv RSS peak/end MB',
      'srv lag p99/max ms',
      'commits >100ms',
      'gen CPU %',
      'gen lag p99 ms',
      'recv msg/s',
      'recv MB/s',
      'upd+aw msgs/s per client',
      'other CPU %',
      'steal ms',
    ],
    runs.map((x) => [
      ...key(x),
      f0(x.server.cpuPercent),
      `${f0(x.server.rssPeakMB)}/${f0(x.server.rssEndMB)}`,
      `${f1(x.server.eventLoopLagP99Ms)}/${f0(x.server.eventLoopLagMaxMs)}`,
      `${x.server.commitsOver100Ms}/${x.server.commits}`,
      f0(x.generator.cpuPercent),
      f1(x.generator.eventLoopDelayMs.p99),
      f0(x.received.messagesPerSecond),
      f1(x.received.megabytesPerSecond),
      `${f0(x.received.updateBroadcastsPerClientPerSecond)}+${f0(x.received.awarenessBroadcastsPerClientPerSecond)}`,
      f0(x.otherCpuPercent),
      f0(x.stealMs),
    ]),
  );
  return `${traffic}\n\n${resources}`;
}

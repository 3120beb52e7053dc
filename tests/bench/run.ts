/**
 * `npm run bench`: runs every scenario one after another (they would distort
 * each other on two cores), prints a table to stdout, writes JSON to
 * tests/bench/results/, and leaves no process or temp dir behind. Progress
 * goes to stderr so stdout is only the report. Not part of `npm test`.
 */
import { runCallPage } from './callPage.ts';
import { runChurn } from './churn.ts';
import { runColdLoad } from './coldLoad.ts';
import { loadBenchConfig } from './config.ts';
import { runOneRoom, type OneRoomResult, type RetryBudget } from './oneRoom.ts';
import { installCleanup, killEverything } from './processes.ts';
import { median } from './stats.ts';
import { formatReport, machineFacts, writeResults, type BenchResults, type DurabilityResult } from './report.ts';

const progress = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function main(): Promise<number> {
  installCleanup();
  const config = loadBenchConfig();
  if (process.env.DATABASE_URL) {
    // The server children inherit this environment; the bench measures the SQLite store.
    progress('ignoring DATABASE_URL: the bench measures SQLite');
    delete process.env.DATABASE_URL;
  }
  const date = new Date();
  const results: BenchResults = {
    machine: machineFacts(date),
    config,
    oneRoom: [],
    durability: null,
    coldLoad: null,
    churn: null,
    callPage: null,
    errors: [],
    warnings: [],
  };

  /** One failed scenario is reported, and the others still run. */
  const attempt = async <T>(name: string, scenario: () => Promise<T>): Promise<T | null> => {
    progress(`${name}…`);
    const started = performance.now();
    try {
      const value = await scenario();
      progress(`${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return value;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      progress(`${name} FAILED: ${message}`);
      results.errors.push(`${name}: ${message}`);
      return null;
    }
  };

  const retries: RetryBudget = { left: config.disturbedRetries };
  for (const clients of config.clientCounts) {
    const run = await attempt(`one room, ${clients} clients`, () => runOneRoom(config, clients, true, retries));
    if (run) results.oneRoom.push(run);
  }

  // Dedicated, alternating runs: on and off side by side, so drift on the machine hits both alike.
  const clients = config.durabilityClients;
  const on: OneRoomResult[] = [];
  const off: OneRoomResult[] = [];
  for (let pair = 1; pair <= config.durabilityPairs; pair++) {
    for (const persistence of [true, false]) {
      const name = `durability, ${clients} clients, persistence ${persistence ? 'on' : 'off'} (${pair}/${config.durabilityPairs})`;
      const run = await attempt(name, () => runOneRoom(config, clients, persistence, retries));
      if (run) (persistence ? on : off).push(run);
    }
  }
  if (on.length > 0 && off.length > 0) results.durability = compareDurability(clients, on, off);

  results.coldLoad = await attempt(`cold load, ${config.coldUpdates} updates`, () => runColdLoad(config));
  results.churn = await attempt(`churn, ${config.churnRooms} rooms`, () => runChurn(config));
  results.callPage = await attempt(`call page, ${config.callContributions} contributions`, () => runCallPage(config));

  results.warnings = [
    ...results.oneRoom.flatMap((r) => r.warnings),
    ...on.flatMap((r) => r.warnings),
    ...off.flatMap((r) => r.warnings),
    ...(results.coldLoad?.warnings ?? []),
    ...(results.churn?.warnings ?? []),
    ...(results.callPage?.warnings ?? []),
  ];
  console.log(formatReport(results));
  for (const file of writeResults(results, date)) progress(`wrote ${file}`);
  return results.errors.length > 0 ? 1 : 0;
}

/** Medians over the runs, so that one run hit by a stall does not decide the ratio. */
function compareDurability(clients: number, on: OneRoomResult[], off: OneRoomResult[]): DurabilityResult {
  const summary = (runs: OneRoomResult[]) => ({
    latencyP50: median(runs.map((r) => r.latencyMs.p50)),
    latencyP99: median(runs.map((r) => r.latencyMs.p99)),
    serverCpu: median(runs.map((r) => r.server.cpuPercent)),
  });
  const medianOn = summary(on);
  const medianOff = summary(off);
  return {
    clients,
    on,
    off,
    medianOn,
    medianOff,
    ratios: {
      latencyP50: medianOn.latencyP50 / medianOff.latencyP50,
      latencyP99: medianOn.latencyP99 / medianOff.latencyP99,
      serverCpu: medianOn.serverCpu / medianOff.serverCpu,
    },
  };
}

main().then(
  (code) => {
    killEverything();
    process.exit(code);
  },
  (error: unknown) => {
    console.error(error);
    killEverything();
    process.exit(1);
  },
);

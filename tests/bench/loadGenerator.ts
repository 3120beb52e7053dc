/**
 * The load generator, run as its own process (`node --import tsx`) so that
 * its CPU use never competes with the orchestrator's measuring, and so that
 * the server, the load and the bookkeeping are three separate processes.
 * Settings come from BENCH_GENERATOR_SETTINGS; it connects every client,
 * says "ready", waits for "go" on stdin, runs for the given seconds and
 * prints its result as JSON lines (see generatorProtocol.ts).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { GENERATOR_SETTINGS_ENV, type GeneratorMessage, type GeneratorSettings } from './generatorProtocol.ts';
import { ProtocolClient } from './protocolClient.ts';
import { summarize } from './stats.ts';

const settings = JSON.parse(process.env[GENERATOR_SETTINGS_ENV] ?? 'null') as GeneratorSettings | null;
if (!settings) throw new Error(`${GENERATOR_SETTINGS_ENV} is not set; this file is started by tests/bench/run.ts`);

const emit = (message: GeneratorMessage) => process.stdout.write(`${JSON.stringify(message)}\n`);

// Whatever happens (a lost parent, a stuck server), this process ends by itself.
const budgetMs = 120_000 + settings.seconds * 1000 + settings.drainMs;
setTimeout(() => {
  emit({ type: 'error', message: `load generator gave up after ${budgetMs} ms` });
  process.exit(2);
}, budgetMs).unref();

const LAG_RESOLUTION_MS = 10;
const clients: ProtocolClient[] = [];
const latencies: number[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Commands from the orchestrator arrive as lines on stdin; stdin closing means it is gone.
let stdinText = '';
const stdinListeners = new Set<() => void>();
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  stdinText += chunk;
  for (const listener of stdinListeners) listener();
});
process.stdin.on('end', () => process.exit(3));

/** True once the orchestrator has written `word` as a line; false if it did not within `timeoutMs`. */
function waitForLine(word: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      if (!stdinText.split('\n').includes(word)) return;
      stdinListeners.delete(check);
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      stdinListeners.delete(check);
      resolve(false);
    }, timeoutMs);
    stdinListeners.add(check);
    check();
  });
}

async function connectAll(s: GeneratorSettings): Promise<number[]> {
  const connectMs: number[] = [];
  // In waves, so the server's accept backlog never overflows and ramp-up is not a thundering herd.
  for (let first = 0; first < s.clients; first += s.connectConcurrency) {
    const wave: Array<Promise<void>> = [];
    for (let index = first; index < Math.min(s.clients, first + s.connectConcurrency); index++) {
      const observe = index < s.observers;
      const onLatency = (ms: number) => void latencies.push(ms);
      const client = new ProtocolClient({ url: s.url, headers: s.headers, index, observe, onLatency });
      clients.push(client);
      const started = performance.now();
      wave.push(client.connect().then(() => void connectMs.push(performance.now() - started)));
    }
    await Promise.all(wave);
  }
  return connectMs;
}

/**
 * Each client acts `perSecond` times a second from a random phase, each time
 * jittered by ±20 % of the period around its slot: the average rate is exact
 * but no two clients act in lockstep.
 */
function scheduleEveryClient(
  perSecond: number,
  start: number,
  end: number,
  act: (c: ProtocolClient) => void,
): Set<NodeJS.Timeout> {
  const timers = new Set<NodeJS.Timeout>();
  const period = 1000 / perSecond;
  for (const client of clients) {
    const phase = Math.random() * period;
    let slot = 0;
    const at = (due: number, fn: () => void) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, Math.max(0, due - performance.now()));
      timers.add(timer);
    };
    const tick = () => {
      if (client.open) act(client);
      slot++;
      const due = start + phase + slot * period + (Math.random() - 0.5) * 0.4 * period;
      if (due < end) at(due, tick);
    };
    at(start + phase, tick);
  }
  return timers;
}

function total(counter: keyof ProtocolClient['counters']): number {
  return clients.reduce((n, c) => n + c.counters[counter], 0);
}

async function main(s: GeneratorSettings): Promise<void> {
  const connectMs = await connectAll(s);
  emit({ type: 'ready', connected: clients.filter((c) => c.open).length, connectMs: summarize(connectMs) });
  if (!(await waitForLine('go', budgetMs))) throw new Error('no "go" from the orchestrator');

  const delay = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
  delay.enable();
  // Traffic during ramp-up (everyone's presence arriving) is not part of the measurement.
  const before = {
    messagesIn: total('messagesIn'),
    bytesIn: total('bytesIn'),
    updatesIn: total('updatesIn'),
    awarenessIn: total('awarenessIn'),
  };
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const end = start + s.seconds * 1000;
  const timers = [
    scheduleEveryClient(s.editsPerSecond, start, end, (c) => c.edit()),
    scheduleEveryClient(s.awarenessPerSecond, start, end, (c) => c.moveCursor()),
  ];
  await sleep(end - performance.now());
  for (const set of timers) for (const timer of set) clearTimeout(timer);
  const wallSeconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  delay.disable();
  const received = {
    messagesIn: total('messagesIn') - before.messagesIn,
    bytesIn: total('bytesIn') - before.bytesIn,
    updatesIn: total('updatesIn') - before.updatesIn,
    awarenessIn: total('awarenessIn') - before.awarenessIn,
  };
  emit({ type: 'stopped' });

  const editsSent = total('editsSent');
  const observers = clients.slice(0, s.observers);
  const expected = (o: ProtocolClient) => editsSent - o.counters.editsSent;
  // Edits still in flight at the stop are still measured, up to the drain limit.
  const drainEnd = performance.now() + s.drainMs;
  while (performance.now() < drainEnd && observers.some((o) => o.seen < expected(o))) await sleep(50);

  const closedByServer: Record<string, number> = {};
  for (const c of clients) if (c.closeCode !== null) closedByServer[c.closeCode] = (closedByServer[c.closeCode] ?? 0) + 1;
  // The histogram records whole timer intervals: the lag is what exceeds the resolution.
  const lag = (ns: number) => Math.max(0, ns / 1e6 - LAG_RESOLUTION_MS);
  emit({
    type: 'result',
    seconds: wallSeconds,
    editsSent,
    awarenessSent: total('awarenessSent'),
    latencyMs: summarize(latencies),
    deliveredMin: Math.min(...observers.map((o) => (expected(o) === 0 ? 1 : o.seen / expected(o)))),
    ...received,
    closedByServer,
    generator: {
      cpuPercent: (100 * (cpu.user + cpu.system)) / 1e6 / wallSeconds,
      eventLoopDelayMs: { p50: lag(delay.percentile(50)), p99: lag(delay.percentile(99)), max: lag(delay.max) },
    },
  });
  // Stay connected until the orchestrator has read the server's view of the finished run.
  await waitForLine('exit', 30_000);
}

main(settings).then(
  () => {
    for (const c of clients) c.close();
    process.exit(0);
  },
  (error: unknown) => {
    emit({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    for (const c of clients) c.close();
    process.exit(1);
  },
);

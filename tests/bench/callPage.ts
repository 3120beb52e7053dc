/**
 * Scenario 5: a public call's page. Everyone viewing a call refetches it
 * when anything changes (the events carry ids only), so one contribution
 * makes every open page ask at once. Measured from outside: one request
 * after another (what one viewer waits), signed out and as a member, and a
 * burst of every signed-out viewer at once (how long until the last has its
 * answer, and the server CPU that costs).
 */
import type { BenchConfig } from './config.ts';
import { openPublicCall, seedCrowd, type CallPageSizes } from './callPageData.ts';
import { makeTempDir, removeTempDir, startBenchServer, type BenchServer } from './processes.ts';
import { readCpuSeconds, summarize, type Summary } from './stats.ts';
import { f0, f1, table } from './tables.ts';

export interface CallRead {
  path: string;
  /** One viewer: requests one after another, ms. */
  sequential: Summary;
  responseKB: number;
}

export interface CallPageResult {
  sizes: CallPageSizes;
  page: CallRead;
  /** The same page for a signed-in member (a commissioner: hidden contributions too), put together per request. */
  memberPage: CallRead;
  summary: CallRead;
  burst: {
    viewers: number;
    /** From the first request sent to the last answer received, ms. */
    allAnsweredMs: number;
    perRequest: Summary;
    serverCpuSeconds: number;
  };
  warnings: string[];
}

const SEQUENTIAL_REQUESTS = 30;
const WARM_UP_REQUESTS = 5;

export async function runCallPage(config: BenchConfig): Promise<CallPageResult> {
  const sizes: CallPageSizes = {
    citizens: config.callCitizens,
    contributions: config.callContributions,
    supportsPerContribution: 5,
    commentsPerContribution: 1,
    frameworkUpdates: 450,
  };
  const dir = makeTempDir('gweithdy-bench-call-');
  try {
    const first = await startBenchServer({}, dir);
    const opened = await openPublicCall(first).finally(() => first.kill());
    await seedCrowd(dir, opened, sizes);
    const server = await startBenchServer({}, dir);
    try {
      const page = await sequentialReads(server, `/api/calls/${opened.callId}`);
      const memberPage = await sequentialReads(server, `/api/calls/${opened.callId}`, opened.commissionerCookie);
      const summary = await sequentialReads(server, `/api/calls/${opened.callId}/summary`);
      const burst = await burstOfViewers(server, `/api/calls/${opened.callId}`, config.callViewers);
      const warnings = page.sequential.count < SEQUENTIAL_REQUESTS ? ['call page: some requests failed'] : [];
      return { sizes, page, memberPage, summary, burst, warnings };
    } finally {
      await server.kill();
    }
  } finally {
    removeTempDir(dir);
  }
}

async function timedGet(server: BenchServer, path: string, cookie?: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(`${server.url}${path}`, cookie ? { headers: { Cookie: cookie } } : {});
  const body = await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

async function sequentialReads(server: BenchServer, path: string, cookie?: string): Promise<CallRead> {
  for (let i = 0; i < WARM_UP_REQUESTS; i++) await timedGet(server, path, cookie);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < SEQUENTIAL_REQUESTS; i++) {
    const read = await timedGet(server, path, cookie);
    times.push(read.ms);
    bytes = read.bytes;
  }
  return { path, sequential: summarize(times), responseKB: bytes / 1024 };
}

async function burstOfViewers(server: BenchServer, path: string, viewers: number): Promise<CallPageResult['burst']> {
  const cpuBefore = readCpuSeconds(server.pid);
  const started = performance.now();
  const reads = await Promise.all(Array.from({ length: viewers }, () => timedGet(server, path)));
  const allAnsweredMs = performance.now() - started;
  return { viewers, allAnsweredMs, perRequest: summarize(reads.map((r) => r.ms)), serverCpuSeconds: readCpuSeconds(server.pid) - cpuBefore };
}

export function formatCallPage(r: CallPageResult): string[] {
  const s = r.sizes;
  const read = (name: string, x: CallRead) => [name, f0(x.responseKB), f1(x.sequential.p50), f1(x.sequential.p99), f0(x.sequential.max)];
  return [
    `   ${s.contributions} contributions from ${s.citizens} citizens, ${s.supportsPerContribution * s.contributions} supports, ` +
      `${s.commentsPerContribution * s.contributions} comments; the framework stored as ${s.frameworkUpdates} updates`,
    table(
      ['read', 'KB', 'p50 ms', 'p99 ms', 'max ms'],
      [read('call page, signed out', r.page), read('call page, a commissioner', r.memberPage), read('published summary, signed out', r.summary)],
    ),
    `   every viewer refetching at once: ${r.burst.viewers} requests, last answer after ${f0(r.burst.allAnsweredMs)} ms ` +
      `(each p50 ${f0(r.burst.perRequest.p50)} ms), server CPU ${f1(r.burst.serverCpuSeconds)} s`,
  ];
}

/**
 * Numbers: percentiles of samples, and a process's CPU time and memory read
 * from /proc (Linux), so the server is measured from outside without any
 * cooperation from its code.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export interface Summary {
  count: number;
  min: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles; an empty input gives count 0 and NaNs. */
export function summarize(samples: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(samples).sort();
  const n = sorted.length;
  const at = (p: number) => (n === 0 ? NaN : sorted[Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1))]!);
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    count: n,
    min: n === 0 ? NaN : sorted[0]!,
    p50: at(50),
    p90: at(90),
    p99: at(99),
    max: n === 0 ? NaN : sorted[n - 1]!,
    mean: n === 0 ? NaN : sum / n,
  };
}

export function median(values: number[]): number {
  return summarize(values).p50;
}

let clockTicks: number | null = null;

/** USER_HZ: the unit of utime/stime in /proc/<pid>/stat (almost always 100). */
function ticksPerSecond(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** User + system CPU seconds the process has used so far (all its threads). */
export function readCpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may contain spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / ticksPerSecond();
}

/**
 * CPU seconds the whole machine has been busy (all cores), from /proc/stat.
 * Compared with what our own processes used, it shows whether something
 * else was competing for the cores during a measurement.
 */
export function readMachineBusySeconds(): number {
  const t = readMachineTimes();
  return t.user + t.nice + t.system + t.irq + t.softirq + t.steal;
}

/**
 * CPU seconds the hypervisor ran something else while this (virtual)
 * machine wanted to run. Bursts of it stall whichever process was on that
 * virtual CPU, which looks exactly like a slow server.
 */
export function readMachineStealSeconds(): number {
  return readMachineTimes().steal;
}

function readMachineTimes() {
  const first = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
  // cpu  user nice system idle iowait irq softirq steal ...
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = first.trim().split(/\s+/).slice(1).map(Number);
  const hz = ticksPerSecond();
  return { user: user / hz, nice: nice / hz, system: system / hz, irq: irq / hz, softirq: softirq / hz, steal: steal / hz };
}

/**
 * On a shared machine, waits (up to `maxMs`) for a 2-second window in which
 * other processes use less than `thresholdPercent` of a core, so a run does
 * not start in the middle of someone else's test suite. Returns how long it
 * waited and the other load in the last window.
 */
export async function waitForQuietMachine(
  thresholdPercent = 15,
  maxMs = 15_000,
): Promise<{ waitedMs: number; otherPercent: number }> {
  const started = performance.now();
  for (;;) {
    const busyBefore = readMachineBusySeconds();
    const ownBefore = readCpuSeconds(process.pid);
    const windowStart = performance.now();
    await new Promise((r) => setTimeout(r, 2_000));
    const seconds = (performance.now() - windowStart) / 1000;
    const own = readCpuSeconds(process.pid) - ownBefore;
    const otherPercent = (100 * (readMachineBusySeconds() - busyBefore - own)) / seconds;
    const waitedMs = performance.now() - started;
    if (otherPercent < thresholdPercent || waitedMs >= maxMs) return { waitedMs, otherPercent };
  }
}

export interface MemoryReading {
  /** Resident set size now, bytes. */
  rss: number;
  /** Peak resident set size over the process's life (VmHWM), bytes. */
  peakRss: number;
}

export function readMemory(pid: number): MemoryReading {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peakRss: kb('VmHWM') };
}

/** CPU used between two readings as a percentage of one core. */
export function cpuPercent(cpuSecondsBefore: number, cpuSecondsAfter: number, wallSeconds: number): number {
  return wallSeconds > 0 ? (100 * (cpuSecondsAfter - cpuSecondsBefore)) / wallSeconds : NaN;
}

/**
 * Polls a process's RSS at a fixed interval to find the peak within a window
 * (VmHWM alone would include whatever happened before the window).
 */
export class RssSampler {
  private timer: NodeJS.Timeout | null = null;
  peak = 0;
  last = 0;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 250,
  ) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
  }

  private sample(): void {
    try {
      const { rss } = readMemory(this.pid);
      this.last = rss;
      this.peak = Math.max(this.peak, rss);
    } catch {
      // The process is gone; the caller finds out from its exit.
    }
  }
}

export const MB = 1024 * 1024;

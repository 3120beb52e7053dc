/**
 * Every process and temp dir the bench creates, so that all of them are gone
 * when it ends — normally, on an error, or on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChildServer, type ChildServer } from '../helpers/childServer.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const live = new Set<ChildProcess>();
const tempDirs = new Set<string>();

export function track(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
}

export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

export interface BenchServer extends ChildServer {
  pid: number;
  dataDir: string;
  /** SIGKILL and wait: the bench never needs a graceful stop, and it is the fastest. */
  kill(): Promise<void>;
}

/** The real server (`server/main.ts`) in its own process, on a fresh temp data dir unless one is given. */
export async function startBenchServer(env: Record<string, string>, dataDir?: string): Promise<BenchServer> {
  const dir = dataDir ?? makeTempDir('gweithdy-bench-');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('server did not start within 60 s')), 60_000);
  });
  let server: ChildServer;
  try {
    server = await Promise.race([startChildServer({ ...env, DATA_DIR: dir }), timeout]);
  } catch (error) {
    // The helper does not hand out the process before it listens: find it by parentage
    // (safe because the bench runs one thing at a time, so no other child is running).
    killDirectChildren();
    if (!dataDir) removeTempDir(dir);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  track(server.process);
  const pid = server.process.pid;
  if (pid === undefined) throw new Error('server process has no pid');
  return {
    ...server,
    pid,
    dataDir: dir,
    async kill() {
      if (server.process.exitCode === null && server.process.signalCode === null) server.process.kill('SIGKILL');
      await server.exited;
    },
  };
}

export interface ScriptOutcome<T> {
  /** The JSON lines it printed, in order (also those printed before a timeout). */
  lines: T[];
  timedOut: boolean;
  exitCode: number | string | null;
  stderr: string;
}

/**
 * Runs a TypeScript file of the bench (`node --import tsx <file>`) with extra
 * environment, collects the JSON lines it prints, and kills it after `timeoutMs`.
 */
export function runScript<T>(file: string, env: Record<string, string>, timeoutMs: number): Promise<ScriptOutcome<T>> {
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const lines = stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as T);
      resolve({ lines, timedOut, exitCode: code ?? signal, stderr });
    });
  });
}

/** Synchronous, so it also works from an 'exit' handler. */
export function killEverything(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
  killDirectChildren();
  for (const dir of [...tempDirs]) removeTempDir(dir);
}

/** The processes whose parent is this process: only ever ones the bench spawned. */
function killDirectChildren(): void {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return;
  }
  for (const entry of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid) process.kill(Number(entry), 'SIGKILL');
    } catch {
      // Gone already, or not ours to read.
    }
  }
}

/** Kills children and removes temp dirs however the process ends. */
export function installCleanup(): void {
  process.once('exit', killEverything);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping every bench process…`);
      killEverything();
      process.exit(130);
    });
  }
}

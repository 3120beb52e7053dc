import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ChildServer {
  process: ChildProcess;
  url: string;
  collabUrl: string;
  port: number;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
  output(): string;
}

/**
 * The real server in its own process (`server/main.ts`), for crash and restart
 * tests and for benchmarks that must not share a process with their load.
 */
export function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        const url = match[1]!;
        const port = Number(new URL(url).port);
        resolve({ process: child, url, port, collabUrl: `ws://127.0.0.1:${port}/collab`, exited, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`server exited (${String(code)}) before listening:\n${output}`)));
  });
}

/** The environment that points a child server at a test database. */
export function childServerEnv(target: { dataDir: string; databaseUrl: string | null }): Record<string, string> {
  return { DATA_DIR: target.dataDir, ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}) };
}

/** Kills (SIGKILL) and waits for every child server in the list, emptying it. */
export async function killChildServers(children: ChildServer[]): Promise<void> {
  for (const child of children.splice(0)) {
    child.process.kill('SIGKILL');
    await child.exited;
  }
}

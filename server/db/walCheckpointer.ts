import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Moves SQLite's WAL checkpoints off the main thread.
 *
 * With the default automatic checkpoint, the commit that crosses 1000 WAL
 * pages copies them into the database file and fsyncs it inside that COMMIT,
 * on the event loop: the whole server (every room, every socket) stalled for
 * 100–500 ms each time in `npm run bench`. The serving connection turns the
 * automatic checkpoint off; a worker thread with its own connection runs
 * PASSIVE checkpoints, which never block writers, so commits only append.
 */
export interface CheckpointResult {
  /** Frames in the WAL, and how many of them are now in the database file. */
  log: number;
  checkpointed: number;
  busy: number;
}

export interface WalCheckpointer {
  /** Runs one checkpoint now and resolves with SQLite's answer (null once stopped or on error). */
  checkpointNow(): Promise<CheckpointResult | null>;
  stop(): Promise<void>;
}

// A CommonJS worker given as source, so it runs the same under tsx, vitest and
// plain node without a TypeScript loader in the worker.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
db.pragma('wal_autocheckpoint = 0');
parentPort.on('message', (message) => {
  if (message === 'stop') { db.close(); parentPort.close(); return; }
  let result = null;
  try { result = db.pragma('wal_checkpoint(PASSIVE)')[0]; } catch (error) { result = { error: String(error) }; }
  parentPort.postMessage(result);
});
`;

export function startWalCheckpointer(file: string, options: { everyMs?: number } = {}): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver } });
  worker.unref();
  let inFlight: Promise<CheckpointResult | null> | null = null;
  let stopped = false;

  const checkpointNow = () => {
    if (stopped) return Promise.resolve(null);
    inFlight ??= new Promise<CheckpointResult | null>((resolve) => {
      worker.once('message', (result: CheckpointResult | { error: string } | null) => {
        inFlight = null;
        resolve(result && 'log' in result ? result : null);
      });
      worker.postMessage('checkpoint');
    });
    return inFlight;
  };

  const timer = setInterval(() => void checkpointNow(), options.everyMs ?? 1000);
  timer.unref();
  // A crashed worker only means checkpoints stop; SQLite stays correct, the
  // WAL just grows until the last connection closes and checkpoints it.
  worker.on('error', () => clearInterval(timer));

  return {
    checkpointNow,
    async stop() {
      if (stopped) return;
      clearInterval(timer);
      await inFlight;
      stopped = true;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      await exited;
    },
  };
}

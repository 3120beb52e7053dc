import path from 'node:path';
import { loadConfig, type ServerConfig } from '../../server/config.ts';
import { startServer, type RunningServer, type StartOptions } from '../../server/gweithdyServer.ts';
import { createTestDatabase, type TestDatabaseTarget } from './testDatabase.ts';

export interface TestServer {
  server: RunningServer;
  /** http://127.0.0.1:<port> */
  url: string;
  /** ws://127.0.0.1:<port>/collab — the serverUrl for a WebsocketProvider. */
  collabUrl: string;
  target: TestDatabaseTarget;
  config: ServerConfig;
  /** Graceful stop of the server, keeping the data (for restart tests). */
  stop(): Promise<void>;
  /** Stop and delete the data. */
  close(): Promise<void>;
}

export interface TestServerOptions extends StartOptions {
  /** Reuse the data of an earlier server (restart tests). */
  target?: TestDatabaseTarget;
  /** Extra environment, e.g. { CHECKPOINT_EVERY: '10' }. */
  env?: Record<string, string>;
  /** Serve the built client (browser tests). */
  serveClient?: boolean;
}

/** A real server on port 0 with its own temp data dir (or PostgreSQL schema), in this process. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const target = options.target ?? (await createTestDatabase());
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: target.dataDir,
    ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
    ...options.env,
  });
  if (!options.serveClient) config.clientDir = path.join(target.dataDir, 'no-client');
  // Browser tests serve the client their own run built (tests/e2e/buildClientOnce.ts).
  else if (process.env.GWEITHDY_E2E_CLIENT_DIR) config.clientDir = process.env.GWEITHDY_E2E_CLIENT_DIR;
  const server = await startServer(config, { log: options.log ?? (() => {}), ...options });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.close();
  };
  return {
    server,
    url: server.url,
    collabUrl: `ws://127.0.0.1:${server.port}/collab`,
    target,
    config,
    stop,
    async close() {
      await stop();
      if (!options.target) await target.cleanup();
    },
  };
}

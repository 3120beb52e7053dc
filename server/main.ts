/** `npm start`: run Gweithdy with configuration from the environment. */
import { ConfigError, loadConfig } from './config.ts';
import { startServer } from './gweithdyServer.ts';

try {
  const config = loadConfig();
  const server = await startServer(config);
  // Tests and tools read this line to find the port when PORT=0.
  console.log(`Gweithdy listening on ${server.url} (${server.dialect})`);

  const shutdown = (signal: string) => {
    console.log(`${signal}: storing everything and closing connections…`);
    const forced = setTimeout(() => process.exit(1), 10_000);
    forced.unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

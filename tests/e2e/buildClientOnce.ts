import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Vitest globalSetup for the e2e project: builds the client once, so the test
 * servers serve what users would get (dist/client) rather than a dev server.
 */
export default async function buildClientOnce(): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development
  // build: slower and 50% bigger than what users get. Build as production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(repoRoot, 'vite.config.ts'),
      root: path.join(repoRoot, 'client'),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

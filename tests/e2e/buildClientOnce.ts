import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where this run's client is built; test servers serve it (tests/helpers/testServer.ts). */
export const E2E_CLIENT_DIR_VARIABLE = 'GWEITHDY_E2E_CLIENT_DIR';

/**
 * Vitest globalSetup for the e2e project: builds the client once, so the test
 * servers serve what users would get rather than a dev server. Each run builds
 * into a directory of its own, so two runs at once (or `npm start` beside
 * them) never serve each other's half-written files.
 */
export default async function buildClientOnce(): Promise<() => void> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gweithdy-client-'));
  process.env[E2E_CLIENT_DIR_VARIABLE] = outDir;
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
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return () => fs.rmSync(outDir, { recursive: true, force: true });
}

/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const serverPort = Number(process.env.PORT ?? 3000);
const serverTarget = `http://127.0.0.1:${serverPort}`;
const onPostgres = process.env.GWEITHDY_TEST_DATABASE === 'postgres';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': serverTarget,
      '/collab': { target: serverTarget.replace('http', 'ws'), ws: true },
    },
  },
  test: {
    root: '.',
    reporters: ['default', ['json', { outputFile: `tests/results/${onPostgres ? 'postgres' : 'main'}.json` }]],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', root: '.', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'api', root: '.', include: ['tests/api/**/*.test.ts'] } },
      { extends: true, test: { name: 'storage', root: '.', include: ['tests/storage/**/*.test.ts'] } },
      { extends: true, test: { name: 'collab', root: '.', include: ['tests/collab/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/buildClientOnce.ts'],
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});

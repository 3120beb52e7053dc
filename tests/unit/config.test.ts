import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';
import { DEFAULT_SYNC_LIMITS } from '../../shared/limits.ts';

describe('configuration from the environment', () => {
  it('defaults to port 3000 on 127.0.0.1 with SQLite under ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: null, persistence: true });
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.limits).toEqual(DEFAULT_SYNC_LIMITS);
  });

  it('reads every documented variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/tmp/g',
      DATABASE_URL: 'postgres://u@h/db',
      CHECKPOINT_EVERY: '50',
      MAX_MESSAGE_BYTES: '2048',
      MAX_DOCUMENT_BYTES: '4096',
      MAX_CONNECTIONS_PER_ROOM: '7',
      PERSISTENCE: 'off',
      ACCESSIBILITY_CONTACT_EMAIL: 'access@council.example.gov.uk',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/tmp/g',
      databaseUrl: 'postgres://u@h/db',
      checkpointEvery: 50,
      persistence: false,
      limits: { maxMessageBytes: 2048, maxDocumentBytes: 4096, maxConnectionsPerRoom: 7 },
      accessibilityContactEmail: 'access@council.example.gov.uk',
    });
    expect(loadConfig({}).accessibilityContactEmail).toBeNull();
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ CHECKPOINT_EVERY: '0' })).toThrow(/CHECKPOINT_EVERY/);
    expect(() => loadConfig({ ACCESSIBILITY_CONTACT_EMAIL: 'the council' })).toThrow(/ACCESSIBILITY_CONTACT_EMAIL: must be an email address/);
  });
});

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_CHECKPOINT_EVERY, DEFAULT_SYNC_LIMITS, type SyncLimits } from '../shared/limits.ts';

/** Everything the server reads from its environment, validated once at start. */
export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** postgres://… selects PostgreSQL; otherwise SQLite under dataDir. */
  databaseUrl: string | null;
  checkpointEvery: number;
  /** An automatic version is taken once an artefact has had no changes for this long. */
  versionQuietMs: number;
  limits: SyncLimits;
  /** Off only for measuring the cost of durability in `npm run bench`. */
  persistence: boolean;
  /** Directory of the built client; served when it exists. */
  clientDir: string;
  /** Origins allowed to make state-changing requests and open sockets; empty = the listen address. */
  publicOrigins: string[];
  /** Believe X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
  /** Where people report accessibility problems; shown on the accessibility statement. */
  accessibilityContactEmail: string | null;
}

/** Where `vite build` puts the client, found from this file rather than the working directory. */
const BUILT_CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/client');

const positiveInt = z.coerce.number().int().positive();

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  CHECKPOINT_EVERY: positiveInt.default(DEFAULT_CHECKPOINT_EVERY),
  VERSION_QUIET_SECONDS: z.coerce.number().positive().default(300),
  MAX_MESSAGE_BYTES: positiveInt.default(DEFAULT_SYNC_LIMITS.maxMessageBytes),
  MAX_DOCUMENT_BYTES: positiveInt.default(DEFAULT_SYNC_LIMITS.maxDocumentBytes),
  MAX_CONNECTIONS_PER_ROOM: positiveInt.default(DEFAULT_SYNC_LIMITS.maxConnectionsPerRoom),
  PERSISTENCE: z.enum(['on', 'off']).default('on'),
  PUBLIC_ORIGIN: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const origins = (value ?? '').split(',').map((o) => o.trim()).filter(Boolean);
      for (const origin of origins) {
        if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
          ctx.addIssue({ code: 'custom', message: `"${origin}" is not an origin like https://gweithdy.example.org` });
        }
      }
      return origins;
    }),
  TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
  ACCESSIBILITY_CONTACT_EMAIL: z.email('must be an email address like access@council.example.gov.uk').optional(),
});

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration — ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL ?? null,
    checkpointEvery: e.CHECKPOINT_EVERY,
    versionQuietMs: e.VERSION_QUIET_SECONDS * 1000,
    limits: {
      ...DEFAULT_SYNC_LIMITS,
      maxMessageBytes: e.MAX_MESSAGE_BYTES,
      maxDocumentBytes: e.MAX_DOCUMENT_BYTES,
      maxConnectionsPerRoom: e.MAX_CONNECTIONS_PER_ROOM,
    },
    persistence: e.PERSISTENCE === 'on',
    clientDir: BUILT_CLIENT_DIR,
    publicOrigins: e.PUBLIC_ORIGIN,
    trustProxy: e.TRUST_PROXY === 'true' || e.TRUST_PROXY === '1',
    accessibilityContactEmail: e.ACCESSIBILITY_CONTACT_EMAIL ?? null,
  };
}

/** The origins a browser may call us from: PUBLIC_ORIGIN, or else the address we listen on. */
export function allowedOrigins(config: ServerConfig, port: number): Set<string> {
  if (config.publicOrigins.length > 0) return new Set(config.publicOrigins);
  const hosts = new Set([config.host, 'localhost', '127.0.0.1']);
  return new Set([...hosts].map((host) => `http://${host}:${port}`));
}

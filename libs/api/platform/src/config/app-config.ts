import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every environment variable the API reads; README's configuration table lists the same. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  MIGRATE_ON_START: bool.optional(),
  SEED_DEMO: bool.optional(),
  WEB_DIST: z.string().default('dist/apps/web'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_REQUESTS: bool.default(false),
  TRUST_PROXY: bool.default(false),
  CATALOG_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Set when the operator chose a server; otherwise the embedded PostgreSQL is started. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  dbPoolSize: number;
  migrateOnStart: boolean;
  seedDemo: boolean;
  webDist: string;
  logLevel: string;
  logRequests: boolean;
  trustProxy: boolean;
  /** how long each process may reuse a public listing response; 0 turns the cache off */
  catalogCacheMs: number;
}

export class ConfigError extends Error {}

/** Reads and checks the environment once; a bad value stops start-up with one line per variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration — ${lines.join('; ')}`);
  }
  const e = parsed.data;
  const embedded = !e.DATABASE_URL;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    dbPoolSize: e.DB_POOL_SIZE,
    // The one-command start (embedded database) migrates and seeds by default; a configured server does neither unless asked.
    migrateOnStart: e.MIGRATE_ON_START ?? embedded,
    seedDemo: e.SEED_DEMO ?? embedded,
    webDist: e.WEB_DIST,
    logLevel: e.LOG_LEVEL,
    logRequests: e.LOG_REQUESTS,
    trustProxy: e.TRUST_PROXY,
    catalogCacheMs: e.CATALOG_CACHE_MS,
  };
}

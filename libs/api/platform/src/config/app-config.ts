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
  PUBLIC_URL: z.string().url().optional(),
  COOKIE_SECURE: bool.optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('山海集市 Shanhai Market <no-reply@shanhai.example>'),
  ORDER_PAYMENT_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(30),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(128).optional(),
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_/, 'must be a Stripe secret key (sk_… or rk_…)').optional(),
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_/, 'must be a Stripe webhook signing secret (whsec_…)').optional(),
  STRIPE_PUBLISHABLE_KEY: z.string().regex(/^pk_/, 'must be a Stripe publishable key (pk_…)').optional(),
  // test-only: point the Stripe SDK at a local fake of Stripe's API
  STRIPE_API_HOST: z.string().optional(),
  STRIPE_API_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  STRIPE_API_PROTOCOL: z.enum(['http', 'https']).optional(),
});

const STRIPE_KEYS = ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_PUBLISHABLE_KEY'] as const;
const STRIPE_API = ['STRIPE_API_HOST', 'STRIPE_API_PORT', 'STRIPE_API_PROTOCOL'] as const;

export interface StripeConfig {
  secretKey: string;
  webhookSecret: string;
  publishableKey: string;
  /** test-only: where the SDK sends its requests instead of api.stripe.com */
  api: { host?: string; port?: number; protocol?: 'http' | 'https' };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

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
  /** the address people reach the site at, for links in mail */
  publicUrl: string;
  cookieSecure: boolean;
  /** unset: mail is written to the log */
  smtpUrl: string | undefined;
  mailFrom: string;
  orderPaymentTimeoutMinutes: number;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** set when all three Stripe keys are: card, Alipay and WeChat Pay through Stripe */
  stripe: StripeConfig | null;
}

export class ConfigError extends Error {}

/** Reads and checks the environment once; a bad value stops start-up with one line per variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (parsed.success && !!parsed.data.ADMIN_EMAIL !== !!parsed.data.ADMIN_PASSWORD) {
    throw new ConfigError('Invalid configuration — ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither');
  }
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration — ${lines.join('; ')}`);
  }
  const e = parsed.data;
  const stripeSet = STRIPE_KEYS.filter((k) => e[k]);
  if (stripeSet.length > 0 && stripeSet.length < STRIPE_KEYS.length) {
    const missing = STRIPE_KEYS.filter((k) => !e[k]).join(', ');
    throw new ConfigError(`Invalid configuration — ${STRIPE_KEYS.join(', ')} go together: set all three or none (missing: ${missing})`);
  }
  if (e.NODE_ENV === 'production' && STRIPE_API.some((k) => e[k] !== undefined)) {
    throw new ConfigError(`Invalid configuration — ${STRIPE_API.join(', ')} are for tests only and may not be set in production`);
  }
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
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    // behind a TLS-terminating proxy cookies must be Secure
    cookieSecure: e.COOKIE_SECURE ?? e.TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    orderPaymentTimeoutMinutes: e.ORDER_PAYMENT_TIMEOUT_MINUTES,
    adminEmail: e.ADMIN_EMAIL,
    adminPassword: e.ADMIN_PASSWORD,
    stripe:
      e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET && e.STRIPE_PUBLISHABLE_KEY
        ? {
            secretKey: e.STRIPE_SECRET_KEY,
            webhookSecret: e.STRIPE_WEBHOOK_SECRET,
            publishableKey: e.STRIPE_PUBLISHABLE_KEY,
            api: { host: e.STRIPE_API_HOST, port: e.STRIPE_API_PORT, protocol: e.STRIPE_API_PROTOCOL },
          }
        : null,
  };
}

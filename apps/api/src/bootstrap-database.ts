import { describeDatabaseError, startEmbeddedDatabase, type AppConfig, type EmbeddedDatabase } from '@shanhai/api/platform';
import { createDataSource } from './database/data-source';
import { seedAdmin, seedDemoAccounts } from './database/seed/seed-accounts';
import { seedDemoData } from './database/seed/seed-demo';

export interface PreparedDatabase {
  url: string;
  embedded: EmbeddedDatabase | null;
}

/** A failure that has already been put into one line for the operator. */
export class StartupError extends Error {}

// Any fixed number works; it only has to be the same for every process of this product.
const MIGRATION_LOCK = 722_622;

/** DATABASE_URL when set, else the embedded PostgreSQL under DATA_DIR. */
export async function resolveDatabase(config: AppConfig, log: (line: string) => void): Promise<PreparedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  try {
    const embedded = await startEmbeddedDatabase(config.dataDir, config.embeddedPgPort, log);
    return { url: embedded.url, embedded };
  } catch (error) {
    throw new StartupError(
      `Could not start the embedded PostgreSQL in ${config.dataDir}/pg on port ${config.embeddedPgPort}: ${(error as Error).message ?? error}. ` +
        `Free the port (EMBEDDED_PG_PORT), delete ${config.dataDir}/pg if it is damaged, or set DATABASE_URL to use a server.`,
    );
  }
}

/**
 * Runs pending migrations and the idempotent demo seed. Several processes may start at once
 * (replicas), so both run under a PostgreSQL advisory lock.
 */
export async function migrateAndSeed(
  url: string,
  options: { migrate: boolean; seed: boolean; admin?: { email?: string; password?: string } },
  log: (line: string) => void,
): Promise<void> {
  if (!options.migrate && !options.seed) return;
  const ds = createDataSource(url, 2);
  try {
    await ds.initialize();
  } catch (error) {
    throw new StartupError(describeDatabaseError(error, url));
  }
  try {
    const runner = ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      if (options.migrate) {
        const applied = await ds.runMigrations({ transaction: 'each' });
        if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
      } else if (await ds.showMigrations()) {
        log('There are pending migrations: run "npm run migrate".');
      }
      if (options.seed) {
        const added = await seedDemoData(ds);
        const accounts = await seedDemoAccounts(ds);
        log(
          added.total || accounts
            ? `Demo data: added ${[added.summary, accounts ? `${accounts} demo accounts` : ''].filter(Boolean).join(', ')}.`
            : 'Demo data: already present, nothing added.',
        );
      }
      if (options.migrate && (await seedAdmin(ds, options.admin?.email, options.admin?.password))) {
        log(`Created the admin account ${options.admin?.email}.`);
      }
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      await runner.release();
    }
  } catch (error) {
    if (error instanceof StartupError) throw error;
    const code = (error as { code?: string }).code;
    if (code === '42P01' && !options.migrate) {
      throw new StartupError('The database has no schema yet: run "npm run migrate" (or set MIGRATE_ON_START=true).');
    }
    throw error;
  } finally {
    await ds.destroy();
  }
}

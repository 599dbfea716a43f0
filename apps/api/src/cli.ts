import 'reflect-metadata';
import { checkAidRollups, describeRollupCheck } from '@shanhai/api/aid';
import { ConfigError, describeDatabaseError, loadConfig } from '@shanhai/api/platform';
import { migrateAndSeed, resolveDatabase, StartupError } from './bootstrap-database';
import { createDataSource } from './database/data-source';

const log = (line: string) => process.stdout.write(`${line}\n`);
const COMMANDS = ['migrate', 'seed', 'aid-rollup-check'] as const;

/**
 * `npm run migrate` and `npm run seed`: the same steps the start runs, on their own.
 * `npm run aid:check-rollups`: whether the aid rollups equal the raw ledger; exits 1 when not.
 */
async function main(command: string | undefined): Promise<void> {
  if (!COMMANDS.includes(command as (typeof COMMANDS)[number])) {
    throw new StartupError(`Usage: cli <${COMMANDS.join('|')}>`);
  }
  const config = loadConfig();
  const db = await resolveDatabase(config, log);
  try {
    if (command === 'aid-rollup-check') {
      if (!(await aidRollupCheck(db.url))) process.exitCode = 1;
      return;
    }
    // Seeding needs the schema, so a seed also applies pending migrations.
    await migrateAndSeed(
      db.url,
      { migrate: true, seed: command === 'seed', admin: { email: config.adminEmail, password: config.adminPassword } },
      log,
    );
    if (command === 'migrate') log('Migrations are up to date.');
  } finally {
    if (db.embedded) await db.embedded.stop();
  }
}

/** Reads only: it never migrates, so it checks the database as it is. */
async function aidRollupCheck(url: string): Promise<boolean> {
  const ds = createDataSource(url, 1);
  try {
    await ds.initialize();
  } catch (error) {
    throw new StartupError(describeDatabaseError(error, url));
  }
  try {
    const check = await checkAidRollups(ds).catch((error: unknown) => {
      if ((error as { code?: string }).code === '42P01') throw new StartupError('The database has no aid ledger yet: run "npm run migrate".');
      throw error;
    });
    for (const line of describeRollupCheck(check)) log(line);
    return check.ok;
  } finally {
    await ds.destroy();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof StartupError || error instanceof ConfigError ? error.message : ((error as Error)?.stack ?? String(error))}\n`);
  process.exit(1);
});

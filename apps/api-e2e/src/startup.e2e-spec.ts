import { API_MAIN, freePort, runCli, runScript } from '@shanhai/testing';
import { e2eState, sql } from './support/state';

const runMain = (env: Record<string, string>) => runScript(API_MAIN, [], env, 20_000);

describe('start-up against a broken database', () => {
  it('an unreachable server gives one line saying what to do, and no stack trace', async () => {
    const port = await freePort();
    const { code, output } = await runMain({
      DATABASE_URL: `postgres://app:secret@127.0.0.1:${port}/shanhai`,
      MIGRATE_ON_START: 'true',
      PORT: String(await freePort()),
    });
    expect(code).toBe(1);
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Cannot reach PostgreSQL at .*connection refused.*unset DATABASE_URL/);
    expect(output).not.toContain('secret');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('a missing database is named, with the fix', async () => {
    const url = new URL(e2eState().adminUrl);
    url.pathname = '/shanhai_does_not_exist';
    const { code, output } = await runMain({
      DATABASE_URL: url.toString(),
      MIGRATE_ON_START: 'true',
      PORT: String(await freePort()),
    });
    expect(code).toBe(1);
    expect(output.trim().split('\n')).toHaveLength(1);
    expect(output).toMatch(/does not exist\. Create it/);
  });

  it('a bad setting is refused by name before anything starts', async () => {
    const { code, output } = await runMain({ PORT: 'eighty', DATABASE_URL: e2eState().databaseUrl });
    expect(code).toBe(1);
    expect(output.trim()).toMatch(/^Invalid configuration — PORT: /);
  });
});

describe('npm run migrate / npm run seed', () => {
  it('are idempotent: a second seed adds nothing', async () => {
    // counts of what the seed writes (other specs add their own e2e- products)
    const COUNTS = `SELECT (SELECT count(*)::int FROM products WHERE slug NOT LIKE 'e2e-%') AS products,
      (SELECT count(*)::int FROM product_variants WHERE sku NOT LIKE 'E2E-%') AS variants, (SELECT count(*)::int FROM media) AS media,
      (SELECT count(*)::int FROM users WHERE email LIKE '%@demo.shanhai.test') AS demo_users`;
    const before = await sql<{ products: number; variants: number; media: number }>(COUNTS);
    const migrate = await runCli(['migrate'], { DATABASE_URL: e2eState().databaseUrl });
    expect(migrate.code).toBe(0);
    expect(migrate.output).toContain('Migrations are up to date.');
    const seed = await runCli(['seed'], { DATABASE_URL: e2eState().databaseUrl });
    expect(seed.code).toBe(0);
    expect(seed.output).toContain('nothing added');
    const after = await sql(COUNTS);
    expect(after).toEqual(before);
  });

  it('an unknown command prints the usage', async () => {
    const res = await runCli(['drop-everything'], { DATABASE_URL: e2eState().databaseUrl });
    expect(res.code).toBe(1);
    expect(res.output.trim()).toBe('Usage: cli <migrate|seed|aid-rollup-check>');
  });
});

describe('migrations', () => {
  it('match the entities: generating a migration on the migrated database finds nothing to do', async () => {
    const res = await runScript('tools/scripts/generate-migration.mjs', ['--check'], {
      DATABASE_URL: e2eState().databaseUrl,
    });
    expect(res.output).toContain('nothing to generate');
    expect(res.code).toBe(0);
  });
});

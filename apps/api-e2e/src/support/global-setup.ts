// Jest loads global setup with Node's own resolver, which knows no tsconfig path aliases.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  createTestDatabase,
  runCli,
  startApi,
  type RunningApi,
  type TestDatabase,
} from '../../../../libs/testing/src';

declare global {
  var __E2E__: { db: TestDatabase; api: RunningApi } | undefined;
}

/** One fresh database with the schema and demo data, and one API process, for the whole run. */
export default async function globalSetup(): Promise<void> {
  const db = await createTestDatabase('e2e');
  const seeded = await runCli(['seed'], { DATABASE_URL: db.url });
  if (seeded.code !== 0) {
    await db.drop();
    throw new Error(`seeding the e2e database failed:\n${seeded.output}`);
  }
  // As behind a proxy: each test client may bring its own address, so limits per IP are testable.
  const api = await startApi(db.url, { TRUST_PROXY: 'true', COOKIE_SECURE: 'false' });
  globalThis.__E2E__ = { db, api };
  process.env['E2E_API_URL'] = api.url;
  process.env['E2E_DATABASE_URL'] = db.url;
  process.env['E2E_ADMIN_URL'] = db.adminUrl;
}

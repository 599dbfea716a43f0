import { createTestDatabase, runCli, startApi, type RunningApi, type TestDatabase } from '@shanhai/testing';

declare global {
  var __WEB_E2E__: { db: TestDatabase; api: RunningApi } | undefined;
}

/** The whole product on one port, as `npm start` runs it: a fresh seeded database and the API serving the built web app. */
export default async function globalSetup(): Promise<void> {
  const db = await createTestDatabase('web_e2e');
  const seeded = await runCli(['seed'], { DATABASE_URL: db.url });
  if (seeded.code !== 0) {
    await db.drop();
    throw new Error(`seeding failed:\n${seeded.output}`);
  }
  const api = await startApi(db.url, { WEB_DIST: 'dist/apps/web' });
  globalThis.__WEB_E2E__ = { db, api };
  process.env['E2E_WEB_URL'] = api.url;
  process.env['E2E_DATABASE_URL'] = db.url;
}

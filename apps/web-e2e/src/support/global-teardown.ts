export default async function globalTeardown(): Promise<void> {
  const e2e = globalThis.__WEB_E2E__;
  if (!e2e) return;
  await e2e.api.stop();
  await e2e.db.drop();
}

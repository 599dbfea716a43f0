import { Client } from 'pg';

export interface E2eState {
  apiUrl: string;
  databaseUrl: string;
  adminUrl: string;
}

// Global setup puts these in the environment, which Jest's workers inherit.
export function e2eState(): E2eState {
  const apiUrl = process.env['E2E_API_URL'];
  const databaseUrl = process.env['E2E_DATABASE_URL'];
  const adminUrl = process.env['E2E_ADMIN_URL'];
  if (!apiUrl || !databaseUrl || !adminUrl) throw new Error('e2e global setup did not run');
  return { apiUrl, databaseUrl, adminUrl };
}

/** Runs one query on the test database, for assertions that compare the API with the rows. */
export async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: e2eState().databaseUrl });
  await c.connect();
  try {
    return (await c.query(text, values)).rows as T[];
  } finally {
    await c.end();
  }
}

import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

const names = new Map<string, string>();

/**
 * A named (prepared) statement for a SQL text. PostgreSQL then plans it once per connection
 * instead of on every call, which halves the cost of the catalogue's multi-join reads.
 * The set of texts is small and fixed (one per filter combination), so the map stays small.
 */
export function preparedStatement(text: string, values: unknown[]): { name: string; text: string; values: unknown[] } {
  let name = names.get(text);
  if (!name) {
    name = `q_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return { name, text, values };
}

/**
 * Runs a read on the data source's own pg pool as a prepared statement. TypeORM's `query()`
 * cannot name statements; the pool is the same one, so limits and shutdown are shared.
 */
export async function readRows<T extends QueryResultRow>(db: DataSource, text: string, values: unknown[] = []): Promise<T[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  const result = await pool.query<T>(preparedStatement(text, values));
  return result.rows;
}

import { preparedStatement, readRows } from './read-queries';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs a statement and returns its rows. TypeORM's `query()` answers an UPDATE or DELETE with
 * `[rows, affectedCount]` and anything else with the rows; this hides the difference so
 * `UPDATE … RETURNING` reads like `SELECT`.
 */
export async function sqlRows<T>(db: DataSource | EntityManager, text: string, values: unknown[] = []): Promise<T[]> {
  const result: unknown = await db.query(text, values);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

interface WithClient {
  databaseConnection?: { query: (config: { name: string; text: string; values: unknown[] }) => Promise<{ rows: unknown[] }> };
  isReleased?: boolean;
}

/**
 * Runs a statement as a named prepared statement, so PostgreSQL plans it once per connection:
 * inside a transaction on the transaction's own connection, otherwise on the pool. Checkout runs
 * a dozen statements per order, and re-planning them was a large part of its database time.
 * Errors are pg's own (with `code`), which the exception filter understands.
 */
export async function q<T>(db: DataSource | EntityManager, text: string, values: unknown[] = []): Promise<T[]> {
  const runner = (db as EntityManager).queryRunner as unknown as WithClient | undefined;
  const client = runner && !runner.isReleased ? runner.databaseConnection : undefined;
  if (client) return (await client.query(preparedStatement(text, values))).rows as T[];
  const ds = 'driver' in db ? db : (db as EntityManager).connection;
  return readRows(ds, text, values) as Promise<T[]>;
}

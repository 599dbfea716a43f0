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

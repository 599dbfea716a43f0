import type { DatabaseError, Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { preparedStatement } from './read-queries';

/** One statement of a batch; with values it runs as a named prepared statement. */
export interface Statement {
  text: string;
  values?: unknown[];
}

/** What one statement of a batch came to: its rows, or the error PostgreSQL answered with. */
export type Outcome<T = Record<string, unknown>> =
  { ok: true; rows: T[] } | { ok: false; error: DatabaseError };

/** BEGIN, COMMIT and ROLLBACK go as plain text (simple protocol): nothing to plan. */
export const BEGIN: Statement = { text: 'BEGIN' };
export const COMMIT: Statement = { text: 'COMMIT' };
export const ROLLBACK: Statement = { text: 'ROLLBACK' };

/**
 * A pooled connection that writes a batch of statements at once and then reads their answers
 * in order (PostgreSQL's pipeline mode, which node-postgres speaks when a client's `pipeline` is
 * on). A transaction of six statements costs one round trip instead of six; on this machine each
 * round trip (a socket write, a wake-up of the backend, a read) cost more of the checkout's time
 * than the statements themselves.
 *
 * PostgreSQL runs the statements one after the other as usual, each with its own snapshot. When
 * one fails inside a transaction, the ones after it fail too (25P02) and a COMMIT sent behind
 * them rolls back instead, so a batch ending in COMMIT is all or nothing.
 */
export class PipelinedConnection {
  constructor(private readonly client: PoolClient) {}

  /** Sends every statement in one write; resolves when all have answered, never rejects. */
  async send<T = Record<string, unknown>>(statements: Statement[]): Promise<Outcome<T>[]> {
    const client = this.client;
    // node-postgres writes each statement as it is queued; corked, the batch leaves in one write
    const socket = client.connection.stream;
    socket.cork();
    let sent: Promise<{ rows: unknown[] }>[];
    try {
      sent = statements.map((s) =>
        s.values ? client.query(preparedStatement(s.text, s.values)) : client.query(s.text),
      );
    } finally {
      socket.uncork();
    }
    const settled = await Promise.allSettled(sent);
    return settled.map((r) =>
      r.status === 'fulfilled'
        ? { ok: true, rows: r.value.rows as T[] }
        : { ok: false, error: r.reason as DatabaseError },
    );
  }

  /** True while a transaction is open (or failed and not yet rolled back) on this connection. */
  get inTransaction(): boolean {
    return this.client.getTransactionStatus() !== 'I';
  }
}

/**
 * Runs `work` on one connection of the data source's own pool, switched to pipeline mode for
 * the time being and back before the pool hands it out again, so nothing else in the app sees a
 * difference (node-postgres refuses cursors and streams in pipeline mode). A connection left
 * inside a transaction (an exception between BEGIN and COMMIT) is closed, never reused.
 */
export async function withPipeline<T>(
  db: DataSource,
  work: (c: PipelinedConnection) => Promise<T>,
): Promise<T> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  const client = await pool.connect();
  // typed readonly, read by node-postgres on every query: switched only while the client is idle
  const mode = client as unknown as { pipeline: boolean };
  mode.pipeline = true;
  const connection = new PipelinedConnection(client);
  try {
    return await work(connection);
  } finally {
    mode.pipeline = false;
    client.release(connection.inTransaction ? new Error('connection left inside a transaction') : undefined);
  }
}

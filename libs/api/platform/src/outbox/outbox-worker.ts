import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface OutboxMessage {
  id: string;
  type: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  attempts: number;
}

export type OutboxHandler = (message: OutboxMessage) => Promise<void>;

const BATCH = 20;
const MAX_ATTEMPTS = 10;

/**
 * Delivers outbox events to the handlers registered for their type. Each batch is claimed with
 * FOR UPDATE SKIP LOCKED inside a transaction, so several API processes share the work and an
 * event is marked processed only after its handler finished; a failure is retried with backoff.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private readonly handlers = new Map<string, OutboxHandler[]>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly db: DataSource) {}

  on(type: string, handler: OutboxHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  onApplicationBootstrap(): void {
    const ms = Number(process.env['OUTBOX_POLL_MS'] ?? 1000);
    if (ms <= 0) return;
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.drain().then(() => undefined).finally(() => (this.running = null));
    }, ms);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Delivers what is due now; returns how many events were handled. */
  async drain(): Promise<number> {
    let handled = 0;
    while (!this.stopped) {
      const n = await this.db
        .transaction(async (em) => {
          const rows: { id: string; type: string; aggregate_id: string; payload: Record<string, unknown>; attempts: number }[] =
            await em.query(
              `SELECT id, type, aggregate_id, payload, attempts FROM outbox_events
               WHERE processed_at IS NULL AND available_at <= now() ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
              [BATCH],
            );
          for (const row of rows) {
            const message = { id: row.id, type: row.type, aggregateId: row.aggregate_id, payload: row.payload, attempts: row.attempts };
            try {
              for (const handler of this.handlers.get(row.type) ?? []) await handler(message);
              await em.query('UPDATE outbox_events SET processed_at = now(), attempts = attempts + 1 WHERE id = $1', [row.id]);
            } catch (error) {
              const attempts = row.attempts + 1;
              this.logger.warn(`event ${row.id} (${row.type}) failed, attempt ${attempts}: ${(error as Error).message}`);
              await em.query(
                `UPDATE outbox_events SET attempts = $2, last_error = $3,
                   available_at = now() + make_interval(secs => least(3600, power(2, $2))),
                   processed_at = CASE WHEN $2 >= $4 THEN now() ELSE NULL END
                 WHERE id = $1`,
                [row.id, attempts, String((error as Error).message).slice(0, 500), MAX_ATTEMPTS],
              );
            }
          }
          return rows.length;
        })
        .catch((error: unknown) => {
          this.logger.warn(`outbox drain failed: ${(error as Error).message}`);
          return 0;
        });
      handled += n;
      if (n < BATCH) break;
    }
    return handled;
  }
}

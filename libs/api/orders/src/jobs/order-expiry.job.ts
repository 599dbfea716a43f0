import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { releaseStock, transitionOrder } from '../orders/order-transitions';
import { PaymentsService } from '../payments/payments.service';

const BATCH = 50;

/**
 * Expires unpaid orders past their deadline and puts their stock back. Every API process runs
 * it; FOR UPDATE SKIP LOCKED hands each order to one of them.
 */
@Injectable()
export class OrderExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OrderExpiry');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly payments: PaymentsService,
  ) {}

  onApplicationBootstrap(): void {
    const ms = Number(process.env['ORDER_EXPIRY_POLL_MS'] ?? 30_000);
    if (ms <= 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.runOnce()
        .catch((e: unknown) => this.logger.warn(`expiry run failed: ${(e as Error).message}`))
        .finally(() => (this.running = null));
    }, ms);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Expires what is due; returns how many orders it expired. */
  async runOnce(): Promise<number> {
    return this.db.transaction(async (em) => {
      const due: { id: string }[] = await em.query(
        `SELECT id FROM orders WHERE status = 'awaiting_payment' AND expires_at <= now() ORDER BY expires_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      for (const { id } of due) {
        await transitionOrder(em, id, 'expire', 'not paid in time', null);
        await em.query(`UPDATE fulfilments SET status = 'cancelled' WHERE order_id = $1`, [id]);
        // closes the payment; a Stripe PaymentIntent is cancelled from the outbox after the commit
        await this.payments.closePending(em, id);
        await releaseStock(em, id);
      }
      return due.length;
    });
  }
}

import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ApiException, APP_CONFIG, type AppConfig, type AuditOrigin, emitEvent, OutboxWorker, recordAudit, sqlRows } from '@shanhai/api/platform';
import { ErrorCode, type LocalizedText, type PaymentInstructionsDto, type PaymentMethod, type PaymentMethodsDto } from '@shanhai/shared/contracts';
import { paymentStatusOf, type OrderStatus } from '@shanhai/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { releaseStock, transitionOrder } from '../orders/order-transitions';
import { ManualPaymentProvider } from './manual-provider';
import type { PaymentProvider } from './payment-provider';
import { StripePaymentProvider } from './stripe-provider';

/** Outbox event that retries a refund the provider has not confirmed yet. */
export const REFUND_REQUESTED = 'refund.requested';
/** Outbox event that closes an expired or cancelled order's payment at the provider (Stripe: cancels the PaymentIntent). */
export const PAYMENT_CANCEL_REQUESTED = 'payment.cancel_requested';
/** The first attempt is made right after the commit; the outbox retry only waits behind it. */
const REFUND_RETRY_AFTER_SECONDS = 60;

const STRIPE_UNREACHABLE: LocalizedText = {
  zh: '暂时无法连接支付服务，请稍后刷新本页重试。订单已保留，在付款期限内有效。',
  en: 'The payment service could not be reached. Reload this page in a moment to try again; the order is kept until its payment deadline.',
};
const PROVIDER_UNAVAILABLE: LocalizedText = {
  zh: '此付款方式暂不可用，请取消订单后改用其他方式付款。',
  en: 'This way of paying is not available at the moment; cancel the order and pay another way.',
};

interface PaymentRow {
  id: string;
  provider: PaymentMethod;
  provider_ref: string | null;
  amount_fen: string;
  /** what has been (or is being) refunded on this payment */
  refunded_fen: string;
}

@Injectable()
export class PaymentsService implements OnModuleInit {
  private readonly logger = new Logger('Payments');
  private readonly providers: Map<PaymentMethod, PaymentProvider>;

  constructor(
    manual: ManualPaymentProvider,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly db: DataSource,
    private readonly outbox: OutboxWorker,
  ) {
    this.providers = new Map<PaymentMethod, PaymentProvider>([[manual.method, manual]]);
    if (config.stripe) this.providers.set('stripe', new StripePaymentProvider(config.stripe));
  }

  onModuleInit(): void {
    // a refund whose first attempt failed (network, Stripe down) is retried with the outbox's backoff
    this.outbox.on(REFUND_REQUESTED, async ({ aggregateId }) => {
      const failed = await this.settleRefunds(aggregateId);
      if (failed) throw new Error(`${failed} refund(s) of order ${aggregateId} not confirmed by the provider yet`);
    });
    // any process with the provider configured does it; a failure is retried with backoff
    this.outbox.on(PAYMENT_CANCEL_REQUESTED, async ({ aggregateId }) => {
      await this.cancelOpenPayments(aggregateId, true);
    });
  }

  /** The methods on offer, offline first, with Stripe's publishable key when it is on. */
  methods(): PaymentMethodsDto {
    const methods = (['offline', 'stripe'] as const).filter((m) => this.providers.has(m));
    return { methods, stripePublishableKey: this.providers.get('stripe')?.publishableKey ?? null };
  }

  provider(method: PaymentMethod): PaymentProvider {
    const p = this.providers.get(method);
    if (!p) throw new ApiException(400, ErrorCode.PaymentProviderUnavailable, `Payment by ${method} is not available here.`);
    return p;
  }

  /**
   * After the order's transaction committed: opens the payment at the provider (Stripe: a
   * PaymentIntent, idempotency key `order:<id>:pi`) and keeps its id and client secret on the
   * payment row. Never throws: when Stripe cannot be reached the order still awaits payment and
   * the next read of the order tries again with the same key. Returns the client secret.
   */
  async startPayment(orderId: string): Promise<string | null> {
    const rows: { id: string; status: string; client_secret: string | null; number: string; total_fen: string; order_status: OrderStatus }[] =
      await this.db.query(
        `SELECT p.id, p.status, p.client_secret, o.number, o.total_fen, o.status AS order_status
         FROM payments p JOIN orders o ON o.id = p.order_id
         WHERE p.order_id = $1 AND p.provider = 'stripe' ORDER BY p.created_at DESC LIMIT 1`,
        [orderId],
      );
    const row = rows[0];
    if (!row || row.status !== 'pending' || row.order_status !== 'awaiting_payment') return null;
    if (row.client_secret) return row.client_secret;
    const stripe = this.providers.get('stripe');
    if (!stripe) return null;
    let created;
    try {
      created = await stripe.createPayment({ id: orderId, number: row.number, amountFen: Number(row.total_fen) });
    } catch (error) {
      this.logger.warn(`creating the PaymentIntent of order ${orderId} failed, the next read retries: ${(error as Error).message}`);
      return null;
    }
    const [stored] = await sqlRows<{ status: string }>(
      this.db,
      `UPDATE payments SET provider_ref = $2, client_secret = CASE WHEN status = 'pending' THEN $3 END, updated_at = now()
       WHERE id = $1 AND (provider_ref IS NULL OR provider_ref = $2) RETURNING status`,
      [row.id, created.providerRef, created.clientSecret],
    );
    if (stored && stored.status !== 'pending') {
      // the order closed while Stripe answered: close the intent too
      await this.cancelOpenPayments(orderId);
      return null;
    }
    return stored ? created.clientSecret : null;
  }

  /** What the customer needs to pay an order that awaits payment. */
  async instructions(orderId: string, method: PaymentMethod, amountFen: number): Promise<PaymentInstructionsDto> {
    const provider = this.providers.get(method);
    if (!provider) return { provider: method, clientSecret: null, publishableKey: null, instructions: PROVIDER_UNAVAILABLE };
    if (method === 'stripe') {
      const clientSecret = await this.startPayment(orderId);
      return { provider: method, clientSecret, publishableKey: provider.publishableKey, instructions: clientSecret ? null : STRIPE_UNREACHABLE };
    }
    const created = await provider.createPayment({ id: orderId, number: '', amountFen });
    return { provider: method, clientSecret: created.clientSecret, publishableKey: provider.publishableKey, instructions: created.instructions };
  }

  /**
   * Records money received for an order and moves it to paid, with its fulfilments ready to
   * ship. Idempotent on the provider reference: the same payment recorded again changes nothing.
   */
  async recordPaid(
    em: EntityManager,
    orderId: string,
    amountFen: number,
    providerRef: string,
    actorUserId: string | null,
    method: PaymentMethod = 'offline',
  ): Promise<void> {
    const orders: { status: string; total_fen: string }[] = await em.query('SELECT status, total_fen FROM orders WHERE id = $1 FOR UPDATE', [
      orderId,
    ]);
    if (!orders.length) throw new ApiException(404, ErrorCode.OrderNotFound, 'No such order');
    const done: unknown[] = await em.query(
      `SELECT 1 FROM payments WHERE order_id = $1 AND provider = $2 AND provider_ref = $3 AND status = 'succeeded'`,
      [orderId, method, providerRef],
    );
    if (done.length) return;
    if (Number(orders[0].total_fen) !== amountFen) {
      throw new ApiException(400, ErrorCode.ValidationFailed, 'The amount must equal the order total.', { amountFen: ['must equal the order total'] });
    }
    await transitionOrder(em, orderId, 'payment_succeeded', `payment ${providerRef}`, actorUserId);
    const pending: { id: string; provider: PaymentMethod; provider_ref: string | null }[] = await em.query(
      `SELECT id, provider, provider_ref FROM payments WHERE order_id = $1 AND status = 'pending' ORDER BY created_at FOR UPDATE`,
      [orderId],
    );
    const own = pending.find((p) => p.provider === method && (p.provider_ref === null || p.provider_ref === providerRef));
    if (own) {
      await em.query(`UPDATE payments SET status = 'succeeded', provider_ref = $2, client_secret = NULL, updated_at = now() WHERE id = $1`, [
        own.id,
        providerRef,
      ]);
    } else {
      // paid another way than the order was opened with (an offline payment for a Stripe order)
      await em.query(`INSERT INTO payments (order_id, provider, provider_ref, status, amount_fen) VALUES ($1, $2, $3, 'succeeded', $4)`, [
        orderId,
        method,
        providerRef,
        amountFen,
      ]);
    }
    await this.closePending(em, orderId);
    await em.query(`UPDATE orders SET paid_fen = $2, payment_status = $3, expires_at = NULL WHERE id = $1`, [
      orderId,
      amountFen,
      paymentStatusOf(amountFen, 0),
    ]);
    await em.query(`UPDATE fulfilments SET status = 'to_ship' WHERE order_id = $1 AND status = 'awaiting_payment'`, [orderId]);
    await emitEvent(em, 'payment.succeeded', orderId, { amountFen, providerRef });
  }

  /**
   * Pending payments of an order that closed (expired, cancelled, or paid another way) can no
   * longer be paid; one opened at a provider is cancelled there from the outbox, after the commit.
   */
  async closePending(em: EntityManager, orderId: string): Promise<void> {
    const closed = await sqlRows<{ provider: PaymentMethod; provider_ref: string | null }>(
      em,
      `UPDATE payments SET status = 'canceled', client_secret = NULL, updated_at = now() WHERE order_id = $1 AND status = 'pending'
       RETURNING provider, provider_ref`,
      [orderId],
    );
    if (closed.some((p) => p.provider !== 'offline' && p.provider_ref)) {
      await emitEvent(em, PAYMENT_CANCEL_REQUESTED, orderId, { orderId });
    }
  }

  /** Returns everything paid for an order (cancel before shipping). The provider is asked after the commit: see settleRefunds. */
  async refundAll(em: EntityManager, orderId: string, reason: string): Promise<void> {
    const [order]: { paid_fen: string; refunded_fen: string }[] = await em.query('SELECT paid_fen, refunded_fen FROM orders WHERE id = $1 FOR UPDATE', [
      orderId,
    ]);
    const owed = Number(order?.paid_fen ?? 0) - Number(order?.refunded_fen ?? 0);
    if (owed <= 0) return;
    await this.refundFromPayments(em, orderId, owed, reason, null);
    await em.query(`UPDATE orders SET refunded_fen = paid_fen, payment_status = 'refunded' WHERE id = $1`, [orderId]);
    await em.query(`UPDATE order_lines SET refunded_fen = line_total_fen WHERE order_id = $1`, [orderId]);
    await emitEvent(em, 'payment.refunded', orderId, { amountFen: owed, reason });
  }

  /**
   * Refunds part or all of one line of a paid order through the provider, never more than the
   * line's unrefunded amount. An order that has not shipped and is then refunded in full closes
   * as refunded and its stock goes back on sale.
   */
  async refundLine(
    orderId: string,
    lineId: string,
    amountFen: number,
    reason: string,
    actorUserId: string | null = null,
    origin: AuditOrigin | null = null,
  ): Promise<void> {
    await this.db.transaction(async (em) => {
      const [order]: { status: OrderStatus; paid_fen: string; refunded_fen: string }[] = await em.query(
        'SELECT status, paid_fen, refunded_fen FROM orders WHERE id = $1 FOR UPDATE',
        [orderId],
      );
      if (!order) throw new ApiException(404, ErrorCode.OrderNotFound, 'No such order');
      const [line]: { line_total_fen: string; refunded_fen: string }[] = await em.query(
        'SELECT line_total_fen, refunded_fen FROM order_lines WHERE id = $1 AND order_id = $2 FOR UPDATE',
        [lineId, orderId],
      );
      if (!line) throw new ApiException(404, ErrorCode.NotFound, 'No such line in this order');
      const paid = Number(order.paid_fen);
      const refunded = Number(order.refunded_fen);
      if (paid <= 0 || order.status === 'awaiting_payment') {
        throw new ApiException(409, ErrorCode.InvalidTransition, `An order that is ${order.status} has no payment to refund.`);
      }
      const open = Math.min(Number(line.line_total_fen) - Number(line.refunded_fen), paid - refunded);
      if (amountFen > open) {
        throw new ApiException(400, ErrorCode.ValidationFailed, `At most ${open} fen of this line can still be refunded.`, {
          amountFen: [`must be at most ${open} (the line's unrefunded amount)`],
        });
      }
      await this.refundFromPayments(em, orderId, amountFen, reason, lineId);
      await em.query('UPDATE order_lines SET refunded_fen = refunded_fen + $2 WHERE id = $1', [lineId, amountFen]);
      await em.query('UPDATE orders SET refunded_fen = $2, payment_status = $3 WHERE id = $1', [
        orderId,
        refunded + amountFen,
        paymentStatusOf(paid, refunded + amountFen),
      ]);
      await emitEvent(em, 'payment.refunded', orderId, { amountFen, reason, lineId });
      if (refunded + amountFen >= paid) await this.closeRefundedInFull(em, orderId, reason, actorUserId);
      if (origin) {
        await recordAudit(em, {
          actorUserId,
          action: 'order.refund.line',
          entity: 'order_line',
          entityId: lineId,
          before: { orderId, refundedFen: Number(line.refunded_fen), orderRefundedFen: refunded },
          after: { orderId, refundedFen: Number(line.refunded_fen) + amountFen, orderRefundedFen: refunded + amountFen, reason },
          ...origin,
        });
      }
    });
    await this.settleRefunds(orderId);
  }

  /** A paid order that has not shipped and has been refunded in full closes as refunded. */
  async closeRefundedInFull(em: EntityManager, orderId: string, reason: string, actorUserId: string | null): Promise<void> {
    const [order]: { status: OrderStatus }[] = await em.query('SELECT status FROM orders WHERE id = $1 FOR UPDATE', [orderId]);
    if (order?.status !== 'paid') return;
    await transitionOrder(em, orderId, 'refunded_in_full', reason, actorUserId);
    await em.query(`UPDATE fulfilments SET status = 'cancelled' WHERE order_id = $1 AND status IN ('awaiting_payment', 'to_ship')`, [orderId]);
    await releaseStock(em, orderId);
  }

  /** Spreads a refund over the order's succeeded payments, oldest first, and writes one refund row per payment. */
  private async refundFromPayments(em: EntityManager, orderId: string, amountFen: number, reason: string, lineId: string | null): Promise<void> {
    const payments: PaymentRow[] = await em.query(
      `SELECT p.id, p.provider, p.provider_ref, p.amount_fen,
         (SELECT coalesce(sum(r.amount_fen), 0) FROM refunds r WHERE r.payment_id = p.id AND r.status <> 'failed') AS refunded_fen
       FROM payments p WHERE p.order_id = $1 AND p.status = 'succeeded' ORDER BY p.created_at FOR UPDATE OF p`,
      [orderId],
    );
    let left = amountFen;
    for (const p of payments) {
      const take = Math.min(left, Number(p.amount_fen) - Number(p.refunded_fen));
      if (take <= 0) continue;
      await this.addRefund(em, orderId, p, take, reason, lineId);
      left -= take;
      if (left === 0) break;
    }
    if (left > 0) throw new Error(`order ${orderId}: ${left} fen to refund exceed what its payments received`);
  }

  /**
   * Writes a refund row: pending_manual for money paid back by hand; pending for a provider,
   * which is asked after the commit (settleRefunds) and again from the outbox until it confirms.
   */
  async addRefund(
    em: EntityManager,
    orderId: string,
    payment: Pick<PaymentRow, 'id' | 'provider'>,
    amountFen: number,
    reason: string,
    lineId: string | null,
  ): Promise<void> {
    const manual = this.providers.get(payment.provider)?.manualRefunds ?? payment.provider === 'offline';
    await em.query(`INSERT INTO refunds (payment_id, order_line_id, amount_fen, reason, status) VALUES ($1, $2, $3, $4, $5)`, [
      payment.id,
      lineId,
      amountFen,
      reason.slice(0, 200),
      manual ? 'pending_manual' : 'pending',
    ]);
    if (!manual) {
      await em.query(
        `INSERT INTO outbox_events (type, aggregate_id, payload, available_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
        [REFUND_REQUESTED, orderId, { orderId }, REFUND_RETRY_AFTER_SECONDS],
      );
    }
  }

  /**
   * Asks the provider for every pending refund of an order, outside any transaction, with the
   * idempotency key `refund:<orderId>:<refundId>` so a retry never refunds twice. Returns how
   * many are still unconfirmed.
   */
  async settleRefunds(orderId: string): Promise<number> {
    const pending: { id: string; amount_fen: string; provider: PaymentMethod; provider_ref: string | null }[] = await this.db.query(
      `SELECT r.id, r.amount_fen, p.provider, p.provider_ref FROM refunds r JOIN payments p ON p.id = r.payment_id
       WHERE p.order_id = $1 AND r.status = 'pending' ORDER BY r.created_at`,
      [orderId],
    );
    let failed = 0;
    for (const r of pending) {
      const provider = this.providers.get(r.provider);
      if (!provider) {
        failed++;
        continue;
      }
      try {
        const result = await provider.refund(r.provider_ref, Number(r.amount_fen), `refund:${orderId}:${r.id}`);
        await this.db.query(`UPDATE refunds SET status = 'succeeded', provider_ref = $2 WHERE id = $1 AND status = 'pending'`, [
          r.id,
          result.providerRef,
        ]);
      } catch (error) {
        failed++;
        this.logger.warn(`refund ${r.id} of order ${orderId} not done yet, retried from the outbox: ${(error as Error).message}`);
      }
    }
    return failed;
  }

  /**
   * Cancels what is still open at the provider for a closed order (Stripe: the PaymentIntent,
   * idempotency key `order:<id>:pi:cancel`). A refusal by the provider (the intent succeeded
   * meanwhile, or is cancelled already) is final: if the customer paid, the webhook refunds it.
   * `strict`: throw when it should be tried again (provider unreachable, or not configured here).
   */
  async cancelOpenPayments(orderId: string, strict = false): Promise<void> {
    const open: { provider: PaymentMethod; provider_ref: string }[] = await this.db.query(
      `SELECT provider, provider_ref FROM payments WHERE order_id = $1 AND status = 'canceled' AND provider_ref IS NOT NULL AND provider <> 'offline'`,
      [orderId],
    );
    for (const p of open) {
      const provider = this.providers.get(p.provider);
      if (!provider) {
        if (strict) throw new Error(`payments by ${p.provider} are not configured in this process`);
        continue;
      }
      try {
        await provider.cancelPayment(p.provider_ref, `order:${orderId}:pi:cancel`);
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode ?? 0;
        const final = status >= 400 && status < 500 && status !== 409 && status !== 429;
        this.logger.warn(`cancelling ${p.provider_ref} of order ${orderId} failed${final ? '' : ', will retry'}: ${(error as Error).message}`);
        if (strict && !final) throw error;
      }
    }
  }

  /** After a commit that refunded something: asks the provider now rather than waiting for the outbox retry. Never throws. */
  async afterCommit(orderId: string): Promise<void> {
    try {
      await this.settleRefunds(orderId);
    } catch (error) {
      this.logger.warn(`refunds of order ${orderId} not settled yet: ${(error as Error).message}`);
    }
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { ApiException, emitEvent, sqlRows } from '@shanhai/api/platform';
import { paymentStatusOf, type OrderStatus } from '@shanhai/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { WebhookOutcome } from './payment-provider';
import { PaymentsService } from './payments.service';
import { WebhookSignatureError } from './stripe-provider';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Stripe's notifications, in any order and any number of times: the signature is checked on
 * the raw body first; the event id is then written to stripe_events in the same transaction as
 * its effect, so a redelivery changes nothing; each effect also checks the state it finds, so
 * a late `payment_failed` or `canceled` never undoes a success.
 */
@Injectable()
export class StripeWebhookService {
  private readonly logger = new Logger('StripeWebhook');

  constructor(
    private readonly db: DataSource,
    private readonly payments: PaymentsService,
  ) {}

  async handle(rawBody: Buffer, signature: string | undefined): Promise<{ duplicate: boolean }> {
    const stripe = this.payments.provider('stripe');
    let event: WebhookOutcome;
    try {
      event = await stripe.handleWebhook(rawBody, signature);
    } catch (error) {
      if (error instanceof WebhookSignatureError) throw new ApiException(400, 'WEBHOOK_SIGNATURE_INVALID', 'The Stripe signature does not match this body.');
      throw error;
    }
    const result = await this.db.transaction(async (em) => {
      const fresh = await sqlRows(em, 'INSERT INTO stripe_events (event_id, type) VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING RETURNING event_id', [
        event.eventId,
        event.type.slice(0, 100),
      ]);
      if (!fresh.length) return { duplicate: true, orderId: null };
      return { duplicate: false, orderId: await this.apply(em, event) };
    });
    // refunds written by the effect (a payment for a closed order) are asked of Stripe after the commit
    if (result.orderId) await this.payments.afterCommit(result.orderId);
    return { duplicate: result.duplicate };
  }

  /** The effect of one new event; returns the order it touched, or null when the payment is not ours. */
  private async apply(em: EntityManager, event: WebhookOutcome): Promise<string | null> {
    if (event.kind === 'ignored' || !event.providerRef) return null;
    const orderId = await this.orderOf(em, event.providerRef, event.orderId);
    if (!orderId) {
      this.logger.warn(`${event.type} ${event.eventId} for ${event.providerRef}: no order of ours, ignored`);
      return null;
    }
    // the order's row lock first, as every other writer takes it: events of one order run one at a time
    await em.query('SELECT 1 FROM orders WHERE id = $1 FOR UPDATE', [orderId]);
    switch (event.kind) {
      case 'succeeded':
        await this.succeeded(em, orderId, event.providerRef, event.amountFen, 0);
        break;
      case 'refunded':
        // a refund implies the payment succeeded, whether or not that event has arrived yet
        await this.succeeded(em, orderId, event.providerRef, event.amountFen, event.refundedFen);
        await this.refunded(em, orderId, event.providerRef, event.refundedFen);
        break;
      case 'canceled':
        await em.query(
          `UPDATE payments SET status = 'canceled', client_secret = NULL, updated_at = now() WHERE provider = 'stripe' AND provider_ref = $1 AND status = 'pending'`,
          [event.providerRef],
        );
        break;
      case 'failed':
        // the customer may try again with the same PaymentIntent; a late failure after a success changes nothing
        break;
    }
    return orderId;
  }

  /** By the PaymentIntent id kept on the payment; else by the order id in its metadata (the id was not stored yet). */
  private async orderOf(em: EntityManager, intentId: string, metadataOrderId: string | null): Promise<string | null> {
    const known: { order_id: string }[] = await em.query(`SELECT order_id FROM payments WHERE provider = 'stripe' AND provider_ref = $1`, [intentId]);
    if (known.length) return known[0].order_id;
    if (!metadataOrderId || !UUID.test(metadataOrderId)) return null;
    const order: { id: string }[] = await em.query('SELECT id FROM orders WHERE id = $1', [metadataOrderId]);
    return order[0]?.id ?? null;
  }

  /**
   * Money arrived. An order that awaits it becomes paid; an order that can no longer be filled
   * (expired, cancelled, paid another way, or a wrong amount) keeps its status and the money
   * goes back automatically. `refundedAtStripe`: what Stripe says is already refunded.
   */
  private async succeeded(em: EntityManager, orderId: string, intentId: string, amountFen: number, refundedAtStripe: number): Promise<void> {
    const [order]: { status: OrderStatus; total_fen: string; paid_fen: string }[] = await em.query(
      'SELECT status, total_fen, paid_fen FROM orders WHERE id = $1 FOR UPDATE',
      [orderId],
    );
    const payments: { id: string; status: string; provider_ref: string | null }[] = await em.query(
      `SELECT id, status, provider_ref FROM payments WHERE order_id = $1 AND provider = 'stripe' AND (provider_ref = $2 OR provider_ref IS NULL)
       ORDER BY (provider_ref = $2) DESC NULLS LAST, created_at FOR UPDATE`,
      [orderId, intentId],
    );
    const own = payments[0];
    if (own?.provider_ref === intentId && own.status === 'succeeded') return; // counted already
    if (order.status === 'awaiting_payment' && Number(order.total_fen) === amountFen) {
      await this.payments.recordPaid(em, orderId, amountFen, intentId, null, 'stripe');
      return;
    }
    let paymentId = own?.id;
    if (paymentId) {
      await em.query(`UPDATE payments SET status = 'succeeded', provider_ref = $2, amount_fen = $3, client_secret = NULL, updated_at = now() WHERE id = $1`, [
        paymentId,
        intentId,
        amountFen,
      ]);
    } else {
      const [row]: { id: string }[] = await em.query(
        `INSERT INTO payments (order_id, provider, provider_ref, status, amount_fen) VALUES ($1, 'stripe', $2, 'succeeded', $3) RETURNING id`,
        [orderId, intentId, amountFen],
      );
      paymentId = row.id;
    }
    const reason = `paid while the order was ${order.status}: refunded automatically`;
    const already = Math.min(refundedAtStripe, amountFen);
    if (already > 0) {
      await em.query(`INSERT INTO refunds (payment_id, amount_fen, reason, status) VALUES ($1, $2, $3, 'succeeded')`, [
        paymentId,
        already,
        'refunded in Stripe',
      ]);
    }
    if (amountFen - already > 0) await this.payments.addRefund(em, orderId, { id: paymentId, provider: 'stripe' }, amountFen - already, reason, null);
    if (Number(order.paid_fen) === 0) {
      // nothing else was paid: the order shows this money as received and returned
      await em.query(`UPDATE orders SET paid_fen = $2, refunded_fen = $2, payment_status = 'refunded' WHERE id = $1`, [orderId, amountFen]);
    }
    await emitEvent(em, 'payment.refunded_unfillable', orderId, { amountFen, providerRef: intentId, orderStatus: order.status });
    this.logger.warn(`order ${orderId} was ${order.status} when ${intentId} succeeded: ${amountFen} fen refunded automatically`);
  }

  /** Stripe reports a refund: anything beyond what we asked for (a refund made in Stripe's dashboard) is recorded. */
  private async refunded(em: EntityManager, orderId: string, intentId: string, refundedAtStripe: number): Promise<void> {
    const [payment]: { id: string; recorded: string }[] = await em.query(
      `SELECT p.id, (SELECT coalesce(sum(r.amount_fen), 0) FROM refunds r WHERE r.payment_id = p.id AND r.status IN ('pending', 'succeeded')) AS recorded
       FROM payments p WHERE p.provider = 'stripe' AND p.provider_ref = $1 AND p.status = 'succeeded'`,
      [intentId],
    );
    if (!payment) return;
    const extra = refundedAtStripe - Number(payment.recorded);
    if (extra <= 0) return;
    const reason = 'refunded in Stripe';
    await em.query(`INSERT INTO refunds (payment_id, amount_fen, reason, status) VALUES ($1, $2, $3, 'succeeded')`, [payment.id, extra, reason]);
    const [order]: { paid_fen: string; refunded_fen: string }[] = await em.query('SELECT paid_fen, refunded_fen FROM orders WHERE id = $1', [orderId]);
    const paid = Number(order.paid_fen);
    const refunded = Math.min(paid, Number(order.refunded_fen) + extra);
    await em.query('UPDATE orders SET refunded_fen = $2, payment_status = $3 WHERE id = $1', [orderId, refunded, paymentStatusOf(paid, refunded)]);
    await emitEvent(em, 'payment.refunded', orderId, { amountFen: extra, reason, providerRef: intentId });
    if (refunded >= paid) await this.payments.closeRefundedInFull(em, orderId, reason, null);
  }
}

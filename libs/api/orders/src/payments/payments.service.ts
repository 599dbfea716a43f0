import { Injectable } from '@nestjs/common';
import { ApiException, emitEvent, sqlRows } from '@shanhai/api/platform';
import { ErrorCode, type PaymentInstructionsDto, type PaymentMethod } from '@shanhai/shared/contracts';
import { paymentStatusOf } from '@shanhai/shared/domain';
import type { EntityManager } from 'typeorm';
import { transitionOrder } from '../orders/order-transitions';
import { ManualPaymentProvider } from './manual-provider';
import type { PaymentProvider } from './payment-provider';

@Injectable()
export class PaymentsService {
  private readonly providers: Map<PaymentMethod, PaymentProvider>;

  constructor(manual: ManualPaymentProvider) {
    this.providers = new Map<PaymentMethod, PaymentProvider>([[manual.method, manual]]);
  }

  provider(method: PaymentMethod): PaymentProvider {
    const p = this.providers.get(method);
    if (!p) throw new ApiException(400, ErrorCode.PaymentProviderUnavailable, `Payment by ${method} is not available here.`);
    return p;
  }

  /** The pending payment row of a new order. */
  async open(em: EntityManager, orderId: string, method: PaymentMethod, amountFen: number): Promise<void> {
    this.provider(method);
    await em.query(`INSERT INTO payments (order_id, provider, status, amount_fen) VALUES ($1, $2, 'pending', $3)`, [orderId, method, amountFen]);
  }

  async instructions(orderId: string, method: PaymentMethod, amountFen: number): Promise<PaymentInstructionsDto> {
    const created = await this.provider(method).createPayment(orderId, amountFen);
    return { provider: method, clientSecret: created.clientSecret, publishableKey: null, instructions: created.instructions };
  }

  /**
   * Records money received for an order and moves it to paid, with its fulfilments ready to
   * ship. Idempotent on the provider reference.
   */
  async recordPaid(em: EntityManager, orderId: string, amountFen: number, providerRef: string, actorUserId: string | null): Promise<void> {
    const orders: { status: string; total_fen: string }[] = await em.query('SELECT status, total_fen FROM orders WHERE id = $1 FOR UPDATE', [
      orderId,
    ]);
    if (!orders.length) throw new ApiException(404, ErrorCode.OrderNotFound, 'No such order');
    if (Number(orders[0].total_fen) !== amountFen) {
      throw new ApiException(400, ErrorCode.ValidationFailed, 'The amount must equal the order total.', { amountFen: ['must equal the order total'] });
    }
    await transitionOrder(em, orderId, 'payment_succeeded', `payment ${providerRef}`, actorUserId);
    await sqlRows(em, `UPDATE payments SET status = 'succeeded', provider_ref = $2, updated_at = now() WHERE order_id = $1 AND status = 'pending'`, [
      orderId,
      providerRef,
    ]);
    await em.query(`UPDATE orders SET paid_fen = $2, payment_status = $3, expires_at = NULL WHERE id = $1`, [
      orderId,
      amountFen,
      paymentStatusOf(amountFen, 0),
    ]);
    await em.query(`UPDATE fulfilments SET status = 'to_ship' WHERE order_id = $1 AND status = 'awaiting_payment'`, [orderId]);
    await emitEvent(em, 'payment.succeeded', orderId, { amountFen, providerRef });
  }

  /** Returns everything paid for an order (cancel before shipping). */
  async refundAll(em: EntityManager, orderId: string, reason: string): Promise<void> {
    const rows: { id: string; provider: PaymentMethod; provider_ref: string | null; paid_fen: string; refunded_fen: string }[] = await em.query(
      `SELECT p.id, p.provider, p.provider_ref, o.paid_fen, o.refunded_fen FROM payments p JOIN orders o ON o.id = p.order_id
       WHERE p.order_id = $1 AND p.status = 'succeeded'`,
      [orderId],
    );
    for (const p of rows) {
      const amount = Number(p.paid_fen) - Number(p.refunded_fen);
      if (amount <= 0) continue;
      const result = await this.provider(p.provider).refund(p.provider_ref, amount, `refund:${orderId}:all`);
      await em.query(
        `INSERT INTO refunds (payment_id, amount_fen, reason, status, provider_ref) VALUES ($1, $2, $3, $4, $5)`,
        [p.id, amount, reason, result.manual ? 'pending_manual' : 'succeeded', result.providerRef],
      );
      await em.query(`UPDATE orders SET refunded_fen = paid_fen, payment_status = 'refunded' WHERE id = $1`, [orderId]);
      await em.query(`UPDATE order_lines SET refunded_fen = line_total_fen WHERE order_id = $1`, [orderId]);
      await emitEvent(em, 'payment.refunded', orderId, { amountFen: amount, reason });
    }
  }
}

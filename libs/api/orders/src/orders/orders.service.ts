import { Injectable } from '@nestjs/common';
import { ApiException } from '@shanhai/api/platform';
import { ErrorCode, type OrderDto, type OrderSummaryDto } from '@shanhai/shared/contracts';
import { isCancellable, type OrderStatus } from '@shanhai/shared/domain';
import { DataSource } from 'typeorm';
import { PaymentsService } from '../payments/payments.service';
import { listOrders, readOrder } from './order-read';
import { releaseStock, transitionOrder } from './order-transitions';

@Injectable()
export class OrdersService {
  constructor(
    private readonly db: DataSource,
    private readonly payments: PaymentsService,
  ) {}

  list(userId: string): Promise<OrderSummaryDto[]> {
    return listOrders(this.db.manager, userId);
  }

  /** The owner's order with payment instructions; anyone else's answers 404. */
  async get(orderId: string, ownerId: string | null): Promise<OrderDto> {
    const order = await readOrder(this.db.manager, orderId, ownerId);
    if (!order) throw new ApiException(404, ErrorCode.OrderNotFound, 'No such order');
    return this.withPayment(order);
  }

  /** The order with what its customer needs to pay it, while it awaits payment. */
  async withPayment(order: Omit<OrderDto, 'payment'>): Promise<OrderDto> {
    const payment =
      order.status === 'awaiting_payment' ? await this.payments.instructions(order.id, order.paymentMethod, order.totalFen) : null;
    return { ...order, payment };
  }

  /** Cancels before anything ships: stock goes back on sale and anything paid is refunded. */
  async cancel(orderId: string, userId: string, reason = 'cancelled by the customer'): Promise<void> {
    await this.db.transaction(async (em) => {
      const rows: { status: OrderStatus }[] = await em.query('SELECT status FROM orders WHERE id = $1 AND user_id = $2 FOR UPDATE', [
        orderId,
        userId,
      ]);
      if (!rows.length) throw new ApiException(404, ErrorCode.OrderNotFound, 'No such order');
      if (!isCancellable(rows[0].status)) {
        throw new ApiException(409, ErrorCode.NotCancellable, `An order that is ${rows[0].status} can no longer be cancelled.`);
      }
      const wasPaid = rows[0].status === 'paid';
      await transitionOrder(em, orderId, 'cancel', reason, userId);
      await em.query(`UPDATE fulfilments SET status = 'cancelled' WHERE order_id = $1`, [orderId]);
      await releaseStock(em, orderId);
      if (wasPaid) await this.payments.refundAll(em, orderId, reason);
      await this.payments.closePending(em, orderId);
    });
    // refunds are asked of the provider after the commit, never inside it (an open PaymentIntent is cancelled from the outbox)
    await this.payments.afterCommit(orderId);
  }
}

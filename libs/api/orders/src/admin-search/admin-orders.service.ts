import { Injectable } from '@nestjs/common';
import { ApiException, q, recordAudit, type AuditOrigin } from '@shanhai/api/platform';
import {
  ErrorCode,
  type AdminOrderDetailDto,
  type AdminOrderListDto,
  type AdminOrderRowDto,
  type AdminOrderSearch,
  type AdminRefundDto,
} from '@shanhai/shared/contracts';
import type { OrderStatus } from '@shanhai/shared/domain';
import { DataSource } from 'typeorm';
import { OrdersService } from '../orders/orders.service';
import { PaymentsService } from '../payments/payments.service';

interface Row {
  id: string;
  number: string;
  status: AdminOrderRowDto['status'];
  payment_status: AdminOrderRowDto['paymentStatus'];
  total_fen: string;
  refunded_fen: string;
  recipient: string;
  mobile: string;
  email: string;
  cooperatives: string[];
  created_at: Date;
  total: string;
}

/** Order search and the full refund for admins; per-line refunds and offline payments live in payments/. */
@Injectable()
export class AdminOrdersService {
  constructor(
    private readonly db: DataSource,
    private readonly orders: OrdersService,
    private readonly payments: PaymentsService,
  ) {}

  /**
   * Orders by number (prefix), phone (any run of digits of the recipient's mobile), status,
   * cooperative and placing date (China time), newest first.
   */
  async search(s: AdminOrderSearch): Promise<AdminOrderListDto> {
    const digits = s.phone ? s.phone.replace(/\D/g, '') : null;
    const rows = await q<Row>(
      this.db,
      `SELECT o.id, o.number, o.status, o.payment_status, o.total_fen, o.refunded_fen, o.recipient, o.mobile, u.email,
         ARRAY(SELECT f.cooperative_slug FROM fulfilments f WHERE f.order_id = o.id ORDER BY f.cooperative_slug) AS cooperatives,
         o.created_at, count(*) OVER () AS total
       FROM orders o JOIN users u ON u.id = o.user_id
       WHERE ($1::text IS NULL OR o.number LIKE $1 || '%')
         AND ($2::text IS NULL OR regexp_replace(o.mobile, '\\D', '', 'g') LIKE '%' || $2 || '%')
         AND ($3::text IS NULL OR o.status = $3)
         AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM fulfilments f WHERE f.order_id = o.id AND f.cooperative_slug = $4))
         AND ($5::date IS NULL OR o.created_at >= ($5::date::timestamp AT TIME ZONE 'Asia/Shanghai'))
         AND ($6::date IS NULL OR o.created_at < (($6::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'))
       ORDER BY o.created_at DESC, o.id LIMIT $7 OFFSET $8`,
      [s.number?.toUpperCase() || null, digits || null, s.status ?? null, s.cooperative ?? null, s.from ?? null, s.to ?? null, s.pageSize, (s.page - 1) * s.pageSize],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        number: r.number,
        status: r.status,
        paymentStatus: r.payment_status,
        totalFen: Number(r.total_fen),
        refundedFen: Number(r.refunded_fen),
        recipient: r.recipient,
        mobile: r.mobile,
        customerEmail: r.email,
        cooperatives: r.cooperatives,
        createdAt: new Date(r.created_at).toISOString(),
      })),
      total: rows.length ? Number(rows[0].total) : 0,
      page: s.page,
      pageSize: s.pageSize,
    };
  }

  /** An order with its shipments, lines, history, customer and refunds. */
  async detail(orderId: string): Promise<AdminOrderDetailDto> {
    const order = await this.orders.get(orderId, null);
    const [[customer], refunds] = await Promise.all([
      q<{ id: string; email: string; display_name: string | null }>(
        this.db,
        'SELECT u.id, u.email, u.display_name FROM orders o JOIN users u ON u.id = o.user_id WHERE o.id = $1',
        [orderId],
      ),
      q<{ id: string; order_line_id: string | null; amount_fen: string; reason: string; status: string; created_at: Date }>(
        this.db,
        `SELECT r.id, r.order_line_id, r.amount_fen, r.reason, r.status, r.created_at FROM refunds r JOIN payments p ON p.id = r.payment_id
         WHERE p.order_id = $1 ORDER BY r.created_at, r.id`,
        [orderId],
      ),
    ]);
    return {
      order,
      customer: { id: customer.id, email: customer.email, displayName: customer.display_name },
      refunds: refunds.map(
        (r): AdminRefundDto => ({
          id: r.id,
          orderLineId: r.order_line_id,
          amountFen: Number(r.amount_fen),
          reason: r.reason,
          status: r.status,
          at: new Date(r.created_at).toISOString(),
        }),
      ),
    };
  }

  /** Refunds everything still refundable (lines and shipping); an order not yet shipped closes as refunded. */
  async refundInFull(orderId: string, reason: string, actorUserId: string, origin: AuditOrigin): Promise<AdminOrderDetailDto> {
    await this.db.transaction(async (em) => {
      const [before] = await q<{ status: OrderStatus; paid_fen: string; refunded_fen: string }>(
        em,
        'SELECT status, paid_fen, refunded_fen FROM orders WHERE id = $1 FOR UPDATE',
        [orderId],
      );
      if (!before) throw new ApiException(404, ErrorCode.OrderNotFound, 'No such order');
      const owed = Number(before.paid_fen) - Number(before.refunded_fen);
      if (owed <= 0) throw new ApiException(409, ErrorCode.InvalidTransition, `An order that is ${before.status} has nothing left to refund.`);
      await this.payments.refundAll(em, orderId, reason);
      await this.payments.closeRefundedInFull(em, orderId, reason, actorUserId);
      const [after] = await q<{ status: OrderStatus; refunded_fen: string }>(em, 'SELECT status, refunded_fen FROM orders WHERE id = $1', [orderId]);
      await recordAudit(em, {
        actorUserId,
        action: 'order.refund.full',
        entity: 'order',
        entityId: orderId,
        before: { status: before.status, refundedFen: Number(before.refunded_fen) },
        after: { status: after.status, refundedFen: Number(after.refunded_fen), amountFen: owed, reason },
        ...origin,
      });
    });
    await this.payments.settleRefunds(orderId);
    return this.detail(orderId);
  }
}

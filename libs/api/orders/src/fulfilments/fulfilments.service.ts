import { Injectable } from '@nestjs/common';
import { ApiException, recordAudit, sqlRows, type AuditOrigin } from '@shanhai/api/platform';
import { ErrorCode, type FulfilmentStatus, type ShipFulfilmentRequest } from '@shanhai/shared/contracts';
import { canTake, shippingEventFor, type OrderStatus } from '@shanhai/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { transitionOrder } from '../orders/order-transitions';

@Injectable()
export class FulfilmentsService {
  constructor(private readonly db: DataSource) {}

  /** A cooperative ships its own share of a paid order. */
  async ship(
    fulfilmentId: string,
    cooperativeId: string,
    actorUserId: string,
    input: ShipFulfilmentRequest,
    origin: AuditOrigin = { ip: null, userAgent: null },
  ): Promise<string> {
    return this.db.transaction(async (em) => {
      const orderId = await this.lockOwn(em, fulfilmentId, cooperativeId);
      const rows = await sqlRows<{ id: string }>(
        em,
        `UPDATE fulfilments SET status = 'shipped', carrier = $2, tracking_number = $3, shipped_at = now()
         WHERE id = $1 AND status = 'to_ship' RETURNING id`,
        [fulfilmentId, input.carrier, input.trackingNumber],
      );
      if (!rows.length) throw new ApiException(409, ErrorCode.InvalidTransition, 'Only a paid shipment that has not shipped can be shipped.');
      await this.followOrder(em, orderId, `shipped by ${input.carrier} ${input.trackingNumber}`, actorUserId);
      await recordAudit(em, {
        actorUserId,
        action: 'fulfilment.ship',
        entity: 'fulfilment',
        entityId: fulfilmentId,
        before: { status: 'to_ship' },
        after: { status: 'shipped', carrier: input.carrier, trackingNumber: input.trackingNumber },
        ...origin,
      });
      return orderId;
    });
  }

  async deliver(fulfilmentId: string, cooperativeId: string, actorUserId: string, origin: AuditOrigin = { ip: null, userAgent: null }): Promise<string> {
    return this.db.transaction(async (em) => {
      const orderId = await this.lockOwn(em, fulfilmentId, cooperativeId);
      const rows = await sqlRows<{ id: string }>(
        em,
        `UPDATE fulfilments SET status = 'delivered', delivered_at = now() WHERE id = $1 AND status = 'shipped' RETURNING id`,
        [fulfilmentId],
      );
      if (!rows.length) throw new ApiException(409, ErrorCode.InvalidTransition, 'Only a shipped shipment can be delivered.');
      await this.followOrder(em, orderId, 'delivered', actorUserId);
      await recordAudit(em, {
        actorUserId,
        action: 'fulfilment.deliver',
        entity: 'fulfilment',
        entityId: fulfilmentId,
        before: { status: 'shipped' },
        after: { status: 'delivered' },
        ...origin,
      });
      return orderId;
    });
  }

  /** Locks the order, then the fulfilment; another cooperative's fulfilment is not found. */
  private async lockOwn(em: EntityManager, fulfilmentId: string, cooperativeId: string): Promise<string> {
    const rows: { order_id: string }[] = await em.query('SELECT order_id FROM fulfilments WHERE id = $1 AND cooperative_id = $2', [
      fulfilmentId,
      cooperativeId,
    ]);
    if (!rows.length) throw new ApiException(404, ErrorCode.FulfilmentNotFound, 'No such shipment');
    await em.query('SELECT id FROM orders WHERE id = $1 FOR UPDATE', [rows[0].order_id]);
    await em.query('SELECT id FROM fulfilments WHERE id = $1 FOR UPDATE', [fulfilmentId]);
    return rows[0].order_id;
  }

  /** The order's status follows its shipments: partially shipped, shipped, delivered. */
  private async followOrder(em: EntityManager, orderId: string, reason: string, actorUserId: string): Promise<void> {
    const statuses: { status: FulfilmentStatus }[] = await em.query('SELECT status FROM fulfilments WHERE order_id = $1', [orderId]);
    const [order]: { status: OrderStatus }[] = await em.query('SELECT status FROM orders WHERE id = $1', [orderId]);
    const event = shippingEventFor(statuses.map((s) => s.status));
    // one of two shipments delivered: still "shipped", which the order already is
    if (event && canTake(order.status, event)) await transitionOrder(em, orderId, event, reason, actorUserId);
  }
}

import { ApiException, emitEvent, q } from '@shanhai/api/platform';
import { ErrorCode, type OrderStatus } from '@shanhai/shared/contracts';
import { InvalidTransitionError, nextOrderStatus, type OrderEvent } from '@shanhai/shared/domain';
import type { EntityManager } from 'typeorm';

export interface Transition {
  from: OrderStatus;
  to: OrderStatus;
}

/**
 * The only way an order's status changes: under the row lock, through the declared table, with
 * a history row and an outbox event in the caller's transaction.
 */
export async function transitionOrder(
  em: EntityManager,
  orderId: string,
  event: OrderEvent,
  reason: string,
  actorUserId: string | null,
): Promise<Transition> {
  const rows: { status: OrderStatus }[] = await q(em, 'SELECT status FROM orders WHERE id = $1 FOR UPDATE', [orderId]);
  if (!rows.length) throw new ApiException(404, ErrorCode.OrderNotFound, 'No such order');
  const from = rows[0].status;
  let to: OrderStatus;
  try {
    to = nextOrderStatus(from, event);
  } catch (error) {
    if (error instanceof InvalidTransitionError) throw new ApiException(409, ErrorCode.InvalidTransition, error.message);
    throw error;
  }
  if (to !== from) {
    await q(em, 'UPDATE orders SET status = $2, updated_at = now() WHERE id = $1', [orderId, to]);
  }
  await recordHistory(em, orderId, from, to, reason, actorUserId);
  await emitEvent(em, `order.${event}`, orderId, { from, to, reason });
  return { from, to };
}

export async function recordHistory(
  em: EntityManager,
  orderId: string,
  from: OrderStatus | null,
  to: OrderStatus,
  reason: string,
  actorUserId: string | null,
): Promise<void> {
  await q(em, 
    'INSERT INTO order_history (order_id, from_status, to_status, reason, actor_user_id) VALUES ($1, $2, $3, $4, $5)',
    [orderId, from, to, reason, actorUserId],
  );
}

/** Puts an order's units back on sale (cancelled or expired before shipping). */
export async function releaseStock(em: EntityManager, orderId: string): Promise<void> {
  // one UPDATE per variant in id order, the same order checkout locks them in, so no deadlock
  const lines: { variant_id: string; quantity: number }[] = await q(em, 
    'SELECT variant_id, sum(quantity)::int AS quantity FROM order_lines WHERE order_id = $1 GROUP BY variant_id ORDER BY variant_id',
    [orderId],
  );
  for (const l of lines) {
    await q(em, 'UPDATE product_variants SET available = available + $2 WHERE id = $1', [l.variant_id, l.quantity]);
  }
}

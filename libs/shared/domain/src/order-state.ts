import type { FulfilmentStatus, OrderStatus, PaymentStatus } from '@shanhai/shared/contracts';

/**
 * The order's life, as one declared table: every change of an order's status goes through
 * `nextOrderStatus`, which refuses anything the table does not list. Refunds are kept on the
 * payment (paid → partially_refunded → refunded) so that shipping and refunding stay independent;
 * a fully refunded order that never shipped closes as `refunded`.
 */

export type { FulfilmentStatus, OrderStatus, PaymentStatus };

export type OrderEvent =
  | 'payment_succeeded'
  | 'cancel'
  | 'expire'
  | 'shipped_some'
  | 'shipped_all'
  | 'delivered_all'
  | 'refunded_in_full';

export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, Partial<Record<OrderEvent, OrderStatus>>>> = {
  awaiting_payment: { payment_succeeded: 'paid', cancel: 'cancelled', expire: 'expired' },
  paid: { shipped_some: 'partially_shipped', shipped_all: 'shipped', cancel: 'cancelled', refunded_in_full: 'refunded' },
  partially_shipped: { shipped_some: 'partially_shipped', shipped_all: 'shipped' },
  shipped: { delivered_all: 'delivered' },
  delivered: {},
  cancelled: {},
  expired: {},
  refunded: {},
};

export class InvalidTransitionError extends Error {
  constructor(
    readonly from: OrderStatus,
    readonly event: OrderEvent,
  ) {
    super(`an order that is ${from} cannot take "${event}"`);
  }
}

export function nextOrderStatus(from: OrderStatus, event: OrderEvent): OrderStatus {
  const to = ORDER_TRANSITIONS[from][event];
  if (!to) throw new InvalidTransitionError(from, event);
  return to;
}

export function canTake(from: OrderStatus, event: OrderEvent): boolean {
  return ORDER_TRANSITIONS[from][event] !== undefined;
}

/** Closed orders never change status again. */
export function isClosed(status: OrderStatus): boolean {
  return Object.keys(ORDER_TRANSITIONS[status]).length === 0;
}

/** A customer may cancel while nothing has shipped. */
export function isCancellable(status: OrderStatus): boolean {
  return canTake(status, 'cancel');
}

/** The order event that a set of fulfilment statuses implies after one of them changed. */
export function shippingEventFor(fulfilments: readonly FulfilmentStatus[]): OrderEvent | null {
  const live = fulfilments.filter((f) => f !== 'cancelled');
  if (live.length === 0) return null;
  if (live.every((f) => f === 'delivered')) return 'delivered_all';
  if (live.every((f) => f === 'shipped' || f === 'delivered')) return 'shipped_all';
  if (live.some((f) => f === 'shipped' || f === 'delivered')) return 'shipped_some';
  return null;
}

/** The payment's status from what was paid and what has been refunded, in fen. */
export function paymentStatusOf(paidFen: number, refundedFen: number): PaymentStatus {
  if (paidFen <= 0) return 'unpaid';
  if (refundedFen <= 0) return 'paid';
  return refundedFen >= paidFen ? 'refunded' : 'partially_refunded';
}

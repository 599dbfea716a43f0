import {
  canTake,
  InvalidTransitionError,
  isCancellable,
  isClosed,
  nextOrderStatus,
  ORDER_TRANSITIONS,
  paymentStatusOf,
  shippingEventFor,
  type OrderStatus,
} from './order-state';

describe('order state table', () => {
  it('follows the happy path', () => {
    let s: OrderStatus = 'awaiting_payment';
    s = nextOrderStatus(s, 'payment_succeeded');
    s = nextOrderStatus(s, 'shipped_some');
    s = nextOrderStatus(s, 'shipped_all');
    s = nextOrderStatus(s, 'delivered_all');
    expect(s).toBe('delivered');
  });

  it('refuses what the table does not list', () => {
    expect(() => nextOrderStatus('awaiting_payment', 'shipped_all')).toThrow(InvalidTransitionError);
    expect(() => nextOrderStatus('shipped', 'cancel')).toThrow(/shipped cannot take "cancel"/);
    expect(() => nextOrderStatus('expired', 'payment_succeeded')).toThrow(InvalidTransitionError);
  });

  it('lets a customer cancel only before anything ships', () => {
    expect(isCancellable('awaiting_payment')).toBe(true);
    expect(isCancellable('paid')).toBe(true);
    expect(isCancellable('partially_shipped')).toBe(false);
    expect(isCancellable('shipped')).toBe(false);
  });

  it('closes cancelled, expired, refunded and delivered orders', () => {
    const closed = (Object.keys(ORDER_TRANSITIONS) as OrderStatus[]).filter(isClosed).sort();
    expect(closed).toEqual(['cancelled', 'delivered', 'expired', 'refunded']);
    expect(canTake('cancelled', 'payment_succeeded')).toBe(false);
  });

  it('every target of the table is itself a state of the table', () => {
    for (const events of Object.values(ORDER_TRANSITIONS)) {
      for (const to of Object.values(events)) expect(ORDER_TRANSITIONS).toHaveProperty(to as string);
    }
  });
});

describe('shippingEventFor', () => {
  it.each([
    [['to_ship', 'to_ship'], null],
    [['shipped', 'to_ship'], 'shipped_some'],
    [['shipped', 'shipped'], 'shipped_all'],
    [['delivered', 'shipped'], 'shipped_all'],
    [['delivered', 'delivered'], 'delivered_all'],
    [['delivered', 'cancelled'], 'delivered_all'],
    [['cancelled'], null],
  ] as const)('%j → %s', (statuses, event) => {
    expect(shippingEventFor(statuses)).toBe(event);
  });
});

describe('paymentStatusOf', () => {
  it.each([
    [0, 0, 'unpaid'],
    [10000, 0, 'paid'],
    [10000, 2500, 'partially_refunded'],
    [10000, 10000, 'refunded'],
  ] as const)('paid %i, refunded %i → %s', (paid, refunded, status) => {
    expect(paymentStatusOf(paid, refunded)).toBe(status);
  });
});

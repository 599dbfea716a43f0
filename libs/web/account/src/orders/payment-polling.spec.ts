import { describe, expect, it } from 'vitest';
import { PAYMENT_POLL_INTERVAL_MS, PAYMENT_POLL_LIMIT_MS, paymentPollDelay } from './payment-polling';

describe('paymentPollDelay', () => {
  const start = Date.parse('2026-03-01T08:00:00.000Z');

  it('asks again every 2 s while the order awaits payment', () => {
    expect(PAYMENT_POLL_INTERVAL_MS).toBe(2_000);
    expect(paymentPollDelay('awaiting_payment', start, start)).toBe(2_000);
    expect(paymentPollDelay('awaiting_payment', start, start + 119_999)).toBe(2_000);
    // No answer yet: keep asking.
    expect(paymentPollDelay(undefined, start, start + 1_000)).toBe(2_000);
  });

  it('stops after two minutes', () => {
    expect(PAYMENT_POLL_LIMIT_MS).toBe(120_000);
    expect(paymentPollDelay('awaiting_payment', start, start + 120_000)).toBe(false);
  });

  it('stops once the order is paid, or closed meanwhile', () => {
    expect(paymentPollDelay('paid', start, start + 4_000)).toBe(false);
    expect(paymentPollDelay('cancelled', start, start + 4_000)).toBe(false);
    expect(paymentPollDelay('expired', start, start + 4_000)).toBe(false);
  });
});

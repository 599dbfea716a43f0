import { describe, expect, it } from 'vitest';
import { trackingFromReason } from './history-tracking';

describe('trackingFromReason', () => {
  it('keeps the carrier and tracking number of a shipping entry', () => {
    expect(trackingFromReason('shipped by 顺丰速运 SF1234567890')).toBe('顺丰速运 SF1234567890');
    expect(trackingFromReason('  Shipped by EMS  E1234567CN ')).toBe('EMS  E1234567CN');
  });

  it('drops every other reason', () => {
    expect(trackingFromReason('order placed')).toBeNull();
    expect(trackingFromReason('payment pi_3PqR')).toBeNull();
    expect(trackingFromReason('cancelled by the customer')).toBeNull();
    expect(trackingFromReason('shipped by ')).toBeNull();
    expect(trackingFromReason('')).toBeNull();
  });
});

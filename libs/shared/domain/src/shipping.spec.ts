import { shippingFen } from './shipping';

describe('shippingFen', () => {
  const rule = { feeFen: 1200, freeOverFen: 9900 };
  it('charges the fee below the threshold', () => expect(shippingFen(9899, rule)).toBe(1200));
  it('is free at the threshold', () => expect(shippingFen(9900, rule)).toBe(0));
  it('is zero for an empty share', () => expect(shippingFen(0, rule)).toBe(0));
  it('always charges without a threshold', () => expect(shippingFen(1_000_000, { feeFen: 800, freeOverFen: null })).toBe(800));
});

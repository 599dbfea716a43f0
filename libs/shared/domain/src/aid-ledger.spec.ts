import { aidOpeningRef, aidRefundEntries, aidRefundRef, aidSaleEntries, aidSaleRef, type AidLineRecorded, type AidLineSnapshot } from './aid-ledger';

const line = (over: Partial<AidLineSnapshot> = {}): AidLineSnapshot => ({
  lineId: 'l1',
  aidEligible: true,
  quantity: 2,
  lineTotalFen: 10_000,
  refundedFen: 0,
  ...over,
});
const sold = (refundedFen = 0): AidLineRecorded => ({ sold: true, refundedFen });

describe('aidSaleEntries', () => {
  it('counts eligible lines at their total and never ineligible ones', () => {
    expect(aidSaleEntries([line(), line({ lineId: 'l2', aidEligible: false, lineTotalFen: 5000 })])).toEqual([
      { lineId: 'l1', amountFen: 10_000, quantity: 2 },
    ]);
  });

  it('gives one reference per line, so a replayed event adds nothing', () => {
    expect(aidSaleRef('l1')).toBe('order-line:l1:sale');
    expect(aidSaleRef('l1')).toBe(aidSaleRef('l1'));
    expect(aidRefundRef('7', 'l1')).toBe('order-line:l1:refund:event:7');
    expect(aidOpeningRef('aid_sales_fen')).toBe('opening:reported:aid_sales_fen');
  });
});

describe('aidRefundEntries', () => {
  it('records a full refund as the negative line total, with the units back', () => {
    expect(aidRefundEntries([line({ refundedFen: 10_000 })], new Map([['l1', sold()]]))).toEqual([
      { lineId: 'l1', amountFen: -10_000, quantity: -2 },
    ]);
  });

  it('records a partial refund as its amount and no units', () => {
    expect(aidRefundEntries([line({ refundedFen: 2500 })], new Map([['l1', sold()]]))).toEqual([{ lineId: 'l1', amountFen: -2500, quantity: 0 }]);
  });

  it('records only what the ledger does not hold yet (a later refund, or a replay)', () => {
    expect(aidRefundEntries([line({ refundedFen: 6000 })], new Map([['l1', sold(2500)]]))).toEqual([{ lineId: 'l1', amountFen: -3500, quantity: 0 }]);
    expect(aidRefundEntries([line({ refundedFen: 2500 })], new Map([['l1', sold(2500)]]))).toEqual([]);
  });

  it('never counts a refund of an ineligible line or of a line whose sale is not in the ledger', () => {
    expect(aidRefundEntries([line({ aidEligible: false, refundedFen: 10_000 })], new Map([['l1', sold()]]))).toEqual([]);
    expect(aidRefundEntries([line({ refundedFen: 10_000 })], new Map())).toEqual([]);
  });

  it('never refunds more than the line total', () => {
    expect(aidRefundEntries([line({ refundedFen: 99_999 })], new Map([['l1', sold()]]))).toEqual([{ lineId: 'l1', amountFen: -10_000, quantity: -2 }]);
  });
});

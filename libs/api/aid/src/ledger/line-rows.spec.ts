import { aidRefundEntries, aidSaleEntries } from '@shanhai/shared/domain';
import { toAidLine, type LineRow } from './line-rows';

const row = (over: Partial<LineRow> = {}): LineRow => ({
  id: 'l1',
  aid_eligible: true,
  quantity: 3,
  line_total_fen: '15000',
  refunded_fen: '0',
  cooperative_id: 'c1',
  township_slug: 'langdong',
  village_slug: 'v',
  category_slug: 'fungi',
  product_id: 'p1',
  ...over,
});

describe('toAidLine', () => {
  it('reads bigint strings as fen and keeps the eligibility of the snapshot', () => {
    expect(toAidLine(row({ refunded_fen: '5000' }))).toEqual({ lineId: 'l1', aidEligible: true, quantity: 3, lineTotalFen: 15000, refundedFen: 5000 });
    expect(toAidLine(row({ aid_eligible: false })).aidEligible).toBe(false);
  });

  it('refuses amounts that would lose precision', () => {
    expect(() => toAidLine(row({ line_total_fen: '9007199254740993' }))).toThrow(RangeError);
  });

  it('feeds the rule: a paid order with an eligible and an ineligible line, then a full refund', () => {
    const lines = [row(), row({ id: 'l2', aid_eligible: false })].map(toAidLine);
    expect(aidSaleEntries(lines)).toEqual([{ lineId: 'l1', amountFen: 15000, quantity: 3 }]);
    const refunded = [row({ refunded_fen: '15000' }), row({ id: 'l2', aid_eligible: false, refunded_fen: '15000' })].map(toAidLine);
    const recorded = new Map([
      ['l1', { sold: true, refundedFen: 0 }],
      ['l2', { sold: false, refundedFen: 0 }],
    ]);
    expect(aidRefundEntries(refunded, recorded)).toEqual([{ lineId: 'l1', amountFen: -15000, quantity: -3 }]);
  });
});

import { ledgerWhere, nextMonthStart, rollupWhere } from './aid-filter.sql';

describe('aid dashboard filters as SQL', () => {
  it('leave the opening balance out unless its kind is asked for', () => {
    expect(rollupWhere({})).toMatchObject({ where: `kind <> 'opening_balance'`, values: [] });
    expect(ledgerWhere({ kind: 'opening_balance' })).toMatchObject({
      where: 'kind = $1',
      values: ['opening_balance'],
    });
  });

  it('turn only the filters that are set into conditions, in a fixed order', () => {
    const w = rollupWhere({
      from: '2025-01',
      to: '2025-03',
      channel: 'online',
      category: 'tea',
      township: 'jiuzhou',
      village: 'pingxiba',
      cooperativeId: 'c0ffee00-0000-4000-8000-000000000000',
    });
    expect(w.where).toBe(
      `kind <> 'opening_balance' AND period >= $1 AND period <= $2 AND channel = $3 AND category_slug = $4 AND township_slug = $5 AND village_slug = $6 AND cooperative_id = $7::uuid`,
    );
    expect(w.values).toEqual([
      '2025-01',
      '2025-03',
      'online',
      'tea',
      'jiuzhou',
      'pingxiba',
      'c0ffee00-0000-4000-8000-000000000000',
    ]);
    expect(rollupWhere({ village: 'pingxiba' }).where).toBe(
      `kind <> 'opening_balance' AND village_slug = $1`,
    );
  });

  it('read a period range on the ledger as a range of days, both months included', () => {
    const w = ledgerWhere({ from: '2024-11', to: '2024-12', kind: 'refund' });
    expect(w.where).toBe('kind = $1 AND occurred_on >= $2::date AND occurred_on < $3::date');
    expect(w.values).toEqual(['refund', '2024-11-01', '2025-01-01']);
  });

  it('number the caller’s own parameters after the filter’s', () => {
    const w = ledgerWhere({ channel: 'institutional' });
    expect(w.param(50)).toBe('$2');
    expect(w.values).toEqual(['institutional', 50]);
  });

  it('find the first day of the next month across a year end', () => {
    expect(nextMonthStart('2025-01')).toBe('2025-02-01');
    expect(nextMonthStart('2025-09')).toBe('2025-10-01');
    expect(nextMonthStart('2025-12')).toBe('2026-01-01');
  });
});

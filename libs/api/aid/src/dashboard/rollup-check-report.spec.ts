import { describeRollupCheck, ROLLUP_CHECK_LIMIT } from './rollup-check-report';

describe('describeRollupCheck', () => {
  it('says the rollups are right in one line', () => {
    expect(describeRollupCheck({ ok: true, ledgerEntries: 1_000_001, mismatches: [] })).toEqual([
      'The aid rollups equal a GROUP BY over the ledger (1,000,001 entries).',
    ]);
  });

  it('lists each differing key with both amounts, and says when the list is cut short', () => {
    const lines = describeRollupCheck({
      ok: false,
      ledgerEntries: 3,
      mismatches: [
        { key: '2026-11|online|sale|fungi|langdong|x|c', rollupFen: 1001, ledgerFen: 1000 },
        { key: '2026-10|online|refund|||', rollupFen: null, ledgerFen: -50 },
      ],
    });
    expect(lines[0]).toContain('at 2 key(s)');
    expect(lines.slice(1)).toEqual([
      '  2026-11|online|sale|fungi|langdong|x|c: rollup 1001 fen, ledger 1000 fen',
      '  2026-10|online|refund|||: rollup none, ledger -50 fen',
    ]);
    const many = Array.from({ length: ROLLUP_CHECK_LIMIT }, (_, i) => ({
      key: String(i),
      rollupFen: 1,
      ledgerFen: 2,
    }));
    expect(describeRollupCheck({ ok: false, ledgerEntries: 9, mismatches: many })[0]).toContain(
      `at the first ${ROLLUP_CHECK_LIMIT} key(s)`,
    );
  });
});

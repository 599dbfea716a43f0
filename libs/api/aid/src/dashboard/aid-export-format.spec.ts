import type { AidBreakdownRow, AidEntryDto } from '@shanhai/shared/contracts';
import {
  breakdownColumns,
  csvField,
  csvHeader,
  csvLine,
  ENTRY_COLUMNS,
  exportFileName,
  yuanText,
} from './aid-export-format';

const entry: AidEntryDto = {
  id: '42',
  kind: 'adjustment',
  occurredOn: '2026-11-03',
  period: '2026-11',
  channel: 'exhibition_centre',
  cooperativeId: null,
  cooperativeName: null,
  townshipSlug: 'jiuzhou',
  villageSlug: null,
  categorySlug: null,
  productId: null,
  quantity: 0,
  amountFen: -1_234_505,
  sourceRef: 'adjustment:1',
  reason: '=HYPERLINK("http://example.com","late, "corrected" sale")',
  createdAt: '2026-11-03T02:00:00.000Z',
};

describe('aid export format', () => {
  it('writes fen as plain yuan with two decimals, exactly', () => {
    expect(yuanText(0)).toBe('0.00');
    expect(yuanText(5)).toBe('0.05');
    expect(yuanText(-5)).toBe('-0.05');
    expect(yuanText(5_207_390_000)).toBe('52073900.00');
    expect(yuanText(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
  });

  it('quotes what needs quoting and keeps free text from running as a formula', () => {
    expect(csvField('plain', 'text')).toBe('plain');
    expect(csvField('a, b', 'text')).toBe('"a, b"');
    expect(csvField('say "hi"\nagain', 'text')).toBe('"say ""hi""\nagain"');
    expect(csvField('=1+1', 'text')).toBe(`'=1+1`);
    expect(csvField('@sum', 'text')).toBe(`'@sum`);
    expect(csvField(-150, 'yuan')).toBe('-1.50');
    expect(csvField(-3, 'integer')).toBe('-3');
    expect(csvField(null, 'text')).toBe('');
  });

  it('writes an entry as one CSV line with every column', () => {
    const line = csvLine(ENTRY_COLUMNS, entry);
    expect(line.endsWith('\r\n')).toBe(true);
    expect(line).toBe(
      `42,2026-11-03,2026-11,调整 / Adjustment,展示展销中心 / Exhibition and sales centre,,,jiuzhou,,,,0,-12345.05,adjustment:1,` +
        `"'=HYPERLINK(""http://example.com"",""late, ""corrected"" sale"")",2026-11-03T02:00:00.000Z\r\n`,
    );
    expect(csvHeader(ENTRY_COLUMNS).split(',')).toHaveLength(ENTRY_COLUMNS.length);
  });

  it('names channels itself and leaves names out of the period view', () => {
    const row: AidBreakdownRow = {
      key: 'miao_silver_shop',
      name: null,
      amountFen: 100,
      quantity: 1,
      entries: 1,
    };
    expect(csvLine(breakdownColumns('channel'), row)).toBe(
      'miao_silver_shop,苗银世家生活馆,Miao silver shop,1.00,1,1\r\n',
    );
    expect(breakdownColumns('period').map((c) => c.header)).toEqual([
      '期间 Period',
      '金额（元） Amount (yuan)',
      '数量 Quantity',
      '笔数 Entries',
    ]);
    const village: AidBreakdownRow = {
      key: 'pingxiba',
      name: { zh: '平西坝村', en: 'Pingxiba Village' },
      amountFen: 250,
      quantity: 2,
      entries: 1,
    };
    expect(csvLine(breakdownColumns('village'), village)).toBe(
      'pingxiba,平西坝村,Pingxiba Village,2.50,2,1\r\n',
    );
  });

  it('names the file after the view and the period range', () => {
    expect(exportFileName('entries', '2025-01', '2025-06', 'csv')).toBe('aid-entries-2025-01-2025-06.csv');
    expect(exportFileName('township', undefined, '2025-06', 'xlsx')).toBe('aid-township-all-2025-06.xlsx');
  });
});

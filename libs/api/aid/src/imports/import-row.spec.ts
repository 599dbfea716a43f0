import { cellText, ImportRowChecker, mapHeader, MAX_PROBLEMS, parseAmountFen, parseQuantity, parseSaleDate, ProblemLog, type ImportLookups } from './import-row';

const ZH = ['销售日期', '供货主体', '品类', '商品', '数量', '金额（元）', '单据号'];
const EN = ['date', 'cooperative', 'category', 'product', 'quantity', 'amount (yuan)', 'reference'];

const coop = (slug: string, status = 'approved') => ({ id: `id-${slug}`, slug, status, townshipSlug: 'langdong', villageSlug: 'hekou' });

const lookups = (): ImportLookups => ({
  cooperatives: new Map([
    ['langdong-fungi-park', coop('langdong-fungi-park')],
    ['91522622MA6H2GF80X', coop('langdong-fungi-park')],
    ['zhifang-log-fungi', coop('zhifang-log-fungi', 'suspended')],
  ]),
  categories: new Map([
    ['fungi', 'fungi'],
    ['食用菌', 'fungi'],
    ['edible fungi', 'fungi'],
  ]),
  closedPeriods: new Set(['2025-04']),
  today: '2026-11-29',
});

function checker() {
  const problems = new ProblemLog();
  return { problems, rows: new ImportRowChecker(lookups(), mapHeader(ZH), problems) };
}

describe('mapHeader', () => {
  it('reads the Chinese and the English headers, full-width or not, in any order', () => {
    expect(mapHeader(ZH)).toEqual({
      index: { date: 0, cooperative: 1, category: 2, product: 3, quantity: 4, amount: 5, reference: 6 },
      problems: [],
    });
    expect(mapHeader([...EN].reverse()).index).toEqual({ reference: 0, amount: 1, quantity: 2, product: 3, category: 4, cooperative: 5, date: 6 });
    expect(mapHeader([' 销售日期 ', '供货主体', '数量', '金额(元)', 'Reference', '', null]).problems).toEqual([]);
  });

  it('reports unknown, repeated and missing columns on line 1', () => {
    expect(mapHeader(['销售日期', '供货主体', '备注', '数量', '数量', '单据号']).problems).toEqual([
      { line: 1, column: null, message: 'unknown column "备注" (the columns are: 销售日期, 供货主体, 品类, 商品, 数量, 金额（元）, 单据号)' },
      { line: 1, column: 'quantity', message: 'column "数量" appears twice' },
      { line: 1, column: 'amount', message: 'the column "金额（元）" (amount (yuan)) is missing' },
    ]);
  });
});

describe('cell rules', () => {
  it('parses dates from Excel dates, serial numbers and the usual ways of writing them', () => {
    expect(parseSaleDate(new Date(Date.UTC(2026, 10, 5)))).toEqual({ date: '2026-11-05' });
    expect(parseSaleDate(46000)).toEqual({ date: '2025-12-09' });
    expect(parseSaleDate('2026-11-05')).toEqual({ date: '2026-11-05' });
    expect(parseSaleDate('2026/11/5')).toEqual({ date: '2026-11-05' });
    expect(parseSaleDate('2026/11/5 0:00')).toEqual({ date: '2026-11-05' });
    expect(parseSaleDate('2026年11月5日')).toEqual({ date: '2026-11-05' });
    expect(parseSaleDate('2026-02-30')).toEqual({ error: '"2026-02-30" is not a real date' });
    expect(parseSaleDate('5/11/2026')).toBeNull();
    expect(parseSaleDate('yesterday')).toBeNull();
  });

  it('turns yuan into fen exactly, from text and from numbers as Excel shows them', () => {
    expect(parseAmountFen('1280.50')).toBe(128050);
    expect(parseAmountFen('0.07')).toBe(7);
    expect(parseAmountFen('1,234.5')).toBe(123450);
    expect(parseAmountFen('¥19.99')).toBe(1999);
    // 0.1 + 0.2 is 0.30000000000000004 as a double; Excel shows (and means) 0.3
    expect(parseAmountFen(0.1 + 0.2)).toBe(30);
    expect(parseAmountFen(1280.5)).toBe(128050);
    expect(parseAmountFen(19.99)).toBe(1999);
    expect(parseAmountFen('12.345')).toBeNull();
    expect(parseAmountFen(12.345)).toBeNull();
    expect(parseAmountFen('12.3.4')).toBeNull();
    expect(parseAmountFen(new Date())).toBeNull();
  });

  it('takes whole positive quantities only', () => {
    expect(parseQuantity('3')).toBe(3);
    expect(parseQuantity(3)).toBe(3);
    expect(parseQuantity('1,000')).toBe(1000);
    expect(parseQuantity('0')).toBeNull();
    expect(parseQuantity('2.5')).toBeNull();
    expect(parseQuantity(2.5)).toBeNull();
    expect(parseQuantity('-1')).toBeNull();
  });

  it('shows cells as text the way a person reads them', () => {
    expect(cellText(null)).toBe('');
    expect(cellText('  a  ')).toBe('a');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(new Date(Date.UTC(2026, 0, 2)))).toBe('2026-01-02');
  });
});

describe('ImportRowChecker', () => {
  it('returns a valid row with the cooperative, its places and the category resolved', () => {
    const { rows, problems } = checker();
    expect(rows.check(2, ['2026-11-05', '91522622MA6H2GF80X', '食用菌', '鸡枞菌 500 克', '2', '256.00', 'ZX-1'])).toEqual({
      line: 2,
      occurredOn: '2026-11-05',
      period: '2026-11',
      cooperativeId: 'id-langdong-fungi-park',
      cooperativeSlug: 'langdong-fungi-park',
      townshipSlug: 'langdong',
      villageSlug: 'hekou',
      categorySlug: 'fungi',
      product: '鸡枞菌 500 克',
      quantity: 2,
      amountFen: 25600,
      reference: 'ZX-1',
    });
    expect(rows.check(3, ['2026-11-06', 'langdong-fungi-park', '', '', '1', '9.9', 'ZX-2'])).toMatchObject({ categorySlug: null, product: null, amountFen: 990 });
    expect(problems.count).toBe(0);
  });

  it('reports each bad cell with its line, column and message', () => {
    const { rows, problems } = checker();
    expect(rows.check(2, ['2026-12-01', 'nobody', 'toys', '', '0', '12.345', ''])).toBeNull();
    expect(rows.check(3, ['', 'zhifang-log-fungi', '', '', '1.5', '-3', 'A'])).toBeNull();
    expect(rows.check(4, ['2025-04-10', 'langdong-fungi-park', 'fungi', '', '1', '0', 'A'])).toBeNull();
    expect(rows.check(5, ['2026-02-30', 'langdong-fungi-park', 'fungi', '', '', '', 'B'])).toBeNull();
    expect(problems.list()).toEqual([
      { line: 2, column: 'date', message: '2026-12-01 is in the future' },
      { line: 2, column: 'cooperative', message: '"nobody" is not a known cooperative slug or unified social credit code' },
      { line: 2, column: 'category', message: '"toys" is not a known category slug or name' },
      { line: 2, column: 'quantity', message: '"0" must be a positive whole number' },
      { line: 2, column: 'amount', message: '"12.345" must be an amount in yuan with at most two decimals, e.g. 1280.50' },
      { line: 2, column: 'reference', message: 'is required' },
      { line: 3, column: 'date', message: 'is required' },
      { line: 3, column: 'cooperative', message: 'zhifang-log-fungi is not approved (it is suspended)' },
      { line: 3, column: 'quantity', message: '"1.5" must be a positive whole number' },
      { line: 3, column: 'amount', message: 'must be more than zero' },
      { line: 4, column: 'date', message: '2025-04-10 falls in the closed period 2025-04: record an adjustment in the open period instead' },
      { line: 4, column: 'amount', message: 'must be more than zero' },
      { line: 4, column: 'reference', message: '"A" repeats the reference of line 3' },
      { line: 5, column: 'date', message: '"2026-02-30" is not a real date' },
      { line: 5, column: 'quantity', message: 'is required' },
      { line: 5, column: 'amount', message: 'is required' },
    ]);
    expect(problems.count).toBe(16);
  });

  it('keeps the first 500 problems and counts them all', () => {
    const { rows, problems } = checker();
    for (let line = 2; line < 2 + 600; line++) rows.check(line, ['2026-11-05', 'langdong-fungi-park', '', '', '1', '1.001', `R${line}`]);
    expect(problems.count).toBe(600);
    const list = problems.list();
    expect(list).toHaveLength(MAX_PROBLEMS);
    expect(list[0].line).toBe(2);
    expect(list[MAX_PROBLEMS - 1].line).toBe(501);
  });
});

import { formatFen, parseYuanToFen, sumFen } from './money';

describe('formatFen', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [123450, '¥1,234.50'],
    [5207390000, '¥52,073,900.00'],
    [-1999, '-¥19.99'],
  ])('%i fen → %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it('can leave out the symbol', () => {
    expect(formatFen(100000, { symbol: false })).toBe('1,000.00');
  });

  it('refuses fractions of a fen', () => {
    expect(() => formatFen(1.5)).toThrow(RangeError);
  });
});

describe('parseYuanToFen', () => {
  it.each([
    ['5207.39', 520739],
    ['¥1,234.5', 123450],
    ['￥12', 1200],
    [' 0.07 ', 7],
    ['-3.10', -310],
  ])('%s → %i', (text, fen) => {
    expect(parseYuanToFen(text)).toBe(fen);
  });

  it.each(['', 'abc', '1.234', '1e3', '12.', '.5', '1,2,3.4.5'])('refuses %p', (text) => {
    expect(parseYuanToFen(text)).toBeNull();
  });

  it('is exact where floating point is not (0.1 + 0.2)', () => {
    expect(sumFen([parseYuanToFen('0.1')!, parseYuanToFen('0.2')!])).toBe(30);
  });
});

import { dividendPerPersonFen } from './benefit';

describe('dividendPerPersonFen', () => {
  it('reproduces the fungi park figure: 508.74 yuan per person a year', () => {
    expect(dividendPerPersonFen(2_000_000_000, 800, 3145)).toBe(50874);
  });

  it('rounds half up to the fen', () => {
    // 1 yuan × 50 % ÷ 4 persons = 12.5 fen → 13
    expect(dividendPerPersonFen(100, 5000, 4)).toBe(13);
  });

  it('refuses zero persons', () => {
    expect(() => dividendPerPersonFen(100, 800, 0)).toThrow(RangeError);
  });
});

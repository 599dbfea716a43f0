import { dividendFen, dividendPerPersonFen, perCapitaFen } from './benefit';

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

describe('dividendFen', () => {
  it('pays the fungi park 1,600,000 yuan a year: 20,000,000 yuan at 8 %', () => {
    expect(dividendFen(2_000_000_000, 800)).toBe(160_000_000);
  });

  it('rounds half up to the fen, and down below the half', () => {
    // 1.50 yuan × 1 % = 1.5 fen → 2; 1.49 yuan × 1 % = 1.49 fen → 1
    expect(dividendFen(150, 100)).toBe(2);
    expect(dividendFen(149, 100)).toBe(1);
  });

  it('refuses fractions of a fen or of a basis point, and negatives', () => {
    expect(() => dividendFen(10.5, 800)).toThrow(RangeError);
    expect(() => dividendFen(1000, 7.5)).toThrow(RangeError);
    expect(() => dividendFen(-1000, 800)).toThrow(RangeError);
  });
});

describe('perCapitaFen', () => {
  it('agrees with the dividend rule on the fungi park: 1,600,000 yuan ÷ 3,145 persons = 508.74 yuan', () => {
    expect(perCapitaFen(160_000_000, 3145)).toBe(50874);
    expect(perCapitaFen(dividendFen(2_000_000_000, 800), 3145)).toBe(dividendPerPersonFen(2_000_000_000, 800, 3145));
  });

  it('rounds half up to the fen', () => {
    expect(perCapitaFen(25, 2)).toBe(13); // 12.5 → 13
    expect(perCapitaFen(7, 2)).toBe(4); // 3.5 → 4
    expect(perCapitaFen(10, 3)).toBe(3); // 3.33 → 3
    expect(perCapitaFen(20, 3)).toBe(7); // 6.67 → 7
    expect(perCapitaFen(1, 3)).toBe(0); // 0.33 → 0
  });

  it('divides exactly when it can', () => {
    expect(perCapitaFen(300_000, 3)).toBe(100_000);
    expect(perCapitaFen(0, 5)).toBe(0);
  });

  it('is null when no persons share the amount', () => {
    expect(perCapitaFen(160_000_000, 0)).toBeNull();
    expect(perCapitaFen(0, 0)).toBeNull();
  });

  it('keeps precision past 2^53 in the intermediate product', () => {
    // (2^53 - 1) × 2 would overflow a double; the result must still be exact
    expect(perCapitaFen(Number.MAX_SAFE_INTEGER, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(perCapitaFen(Number.MAX_SAFE_INTEGER, 2)).toBe(4_503_599_627_370_496);
  });

  it('refuses negative persons, fractions and amounts that are not whole fen', () => {
    expect(() => perCapitaFen(100, -1)).toThrow(RangeError);
    expect(() => perCapitaFen(100, 1.5)).toThrow(RangeError);
    expect(() => perCapitaFen(10.5, 2)).toThrow(RangeError);
    expect(() => perCapitaFen(-100, 2)).toThrow(RangeError);
  });
});

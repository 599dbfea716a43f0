import { describe, expect, it } from 'vitest';
import { axisYuanLabel, formatYuan, headlineMoney, percentOf, toWan } from './money';

describe('formatYuan', () => {
  it('writes fen exactly with ¥ and thousands separators', () => {
    expect(formatYuan(5_207_390_000)).toBe('¥52,073,900.00');
    expect(formatYuan(128_050)).toBe('¥1,280.50');
    expect(formatYuan(-12_345)).toBe('-¥123.45');
    expect(formatYuan(0)).toBe('¥0.00');
  });
});

describe('toWan', () => {
  it('gives the article’s figure in 万元 exactly', () => {
    expect(toWan(5_207_390_000)).toEqual({ value: '5,207.39', exact: true });
    expect(toWan(1_000_000)).toEqual({ value: '1.00', exact: true });
  });

  it('rounds half away from zero on integer fen, and says it rounded', () => {
    // 52,073,951.00 yuan = 5,207.3951 万元
    expect(toWan(5_207_395_100)).toEqual({ value: '5,207.40', exact: false });
    expect(toWan(5_207_394_999)).toEqual({ value: '5,207.39', exact: false });
    expect(toWan(5_000)).toEqual({ value: '0.01', exact: false });
    expect(toWan(4_999)).toEqual({ value: '0.00', exact: false });
    expect(toWan(-5_207_395_100)).toEqual({ value: '-5,207.40', exact: false });
  });

  it('refuses what is not a whole number of fen', () => {
    expect(() => toWan(1.5)).toThrow(RangeError);
  });
});

describe('headlineMoney', () => {
  it('writes large sums in 万元 in Chinese, with the exact amount alongside', () => {
    expect(headlineMoney(5_207_390_000, 'zh-CN')).toEqual({
      value: '5,207.39',
      unit: 'wan',
      approximate: false,
      exact: '¥52,073,900.00',
    });
    expect(headlineMoney(5_207_512_345, 'zh-CN')).toEqual({
      value: '5,207.51',
      unit: 'wan',
      approximate: true,
      exact: '¥52,075,123.45',
    });
  });

  it('keeps yuan under 1 万元 and in English', () => {
    expect(headlineMoney(999_999, 'zh-CN')).toMatchObject({
      value: '¥9,999.99',
      unit: 'yuan',
      approximate: false,
    });
    expect(headlineMoney(5_207_390_000, 'en')).toEqual({
      value: '¥52,073,900.00',
      unit: 'yuan',
      approximate: false,
      exact: '¥52,073,900.00',
    });
  });
});

describe('axisYuanLabel and percentOf', () => {
  it('labels amount axes shortly per language', () => {
    expect(axisYuanLabel(52_073_900, 'zh-CN')).toBe('5,207.4万');
    expect(axisYuanLabel(5_000, 'zh-CN')).toBe('5,000');
    expect(axisYuanLabel(52_073_900, 'en')).toBe('¥52.1M');
  });

  it('gives a capped whole percentage for progress', () => {
    expect(percentOf(45, 60)).toBe(75);
    expect(percentOf(5_207_390_000, 6_000_000_000)).toBe(86);
    expect(percentOf(7, 5)).toBe(100);
    expect(percentOf(1, 0)).toBe(0);
  });
});

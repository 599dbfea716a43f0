import { describe, expect, it } from 'vitest';
import { formatNumber, scaleFen } from './format-amount';
import { formatIsoDate, formatIsoMonth } from './format-date';
import { fenToYuanInput, formatPrice } from './format-price';

describe('scaleFen', () => {
  it('writes large amounts in 万元 or 亿元 when two decimals hold them exactly', () => {
    expect(scaleFen(5_207_390_000)).toEqual({ scale: 'wan', value: '5,207.39' });
    expect(scaleFen(1_611_920_000)).toEqual({ scale: 'wan', value: '1,611.92' });
    expect(scaleFen(12_500_000_000)).toEqual({ scale: 'yi', value: '1.25' });
    expect(scaleFen(42_700_000_000)).toEqual({ scale: 'yi', value: '4.27' });
  });

  it('keeps yuan for small amounts and for amounts the larger units would round', () => {
    expect(scaleFen(50_000)).toEqual({ scale: 'yuan', value: '500.00' });
    expect(scaleFen(5_207_391_234)).toEqual({ scale: 'yuan', value: '52,073,912.34' });
    expect(scaleFen(-5_207_390_000)).toEqual({ scale: 'wan', value: '-5,207.39' });
  });
});

describe('number and date formats', () => {
  it('groups numbers per locale', () => {
    expect(formatNumber(1742, 'zh-CN')).toBe('1,742');
    expect(formatNumber(95.333, 'en')).toBe('95.33');
  });

  it('formats calendar dates and months without shifting the day', () => {
    expect(formatIsoDate('2026-01-01', 'zh-CN')).toBe('2026年1月1日');
    expect(formatIsoDate('2026-01-01', 'en')).toBe('January 1, 2026');
    expect(formatIsoMonth('2020-06-30', 'zh-CN')).toBe('2020年6月');
    expect(formatIsoMonth('2020-06-30', 'en')).toBe('Jun 2020');
    expect(formatIsoDate('not a date', 'en')).toBe('not a date');
  });

  it('formats prices and yuan input values from fen', () => {
    expect(formatPrice(12850)).toBe('¥128.50');
    expect(fenToYuanInput(12850)).toBe('128.5');
    expect(fenToYuanInput(5000)).toBe('50');
    expect(fenToYuanInput(123456789)).toBe('1234567.89');
  });
});

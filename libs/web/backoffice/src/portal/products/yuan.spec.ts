import { describe, expect, it } from 'vitest';
import { priceFenOf, yuanInputOf } from './yuan';

describe('prices typed in yuan', () => {
  it('become whole fen exactly, without floating point', () => {
    expect(priceFenOf('128')).toEqual({ fen: 12_800 });
    expect(priceFenOf('128.5')).toEqual({ fen: 12_850 });
    expect(priceFenOf('0.29')).toEqual({ fen: 29 });
    // 0.1 + 0.2 and 19.99 × 100 are where float arithmetic goes wrong
    expect(priceFenOf('0.3')).toEqual({ fen: 30 });
    expect(priceFenOf('19.99')).toEqual({ fen: 1_999 });
    expect(priceFenOf('¥1,280.00')).toEqual({ fen: 128_000 });
    expect(priceFenOf('1000000')).toEqual({ fen: 100_000_000 });
  });

  it('say why a price cannot be a variant’s', () => {
    expect(priceFenOf('')).toEqual({ problem: 'required' });
    expect(priceFenOf(undefined)).toEqual({ problem: 'required' });
    expect(priceFenOf('12.345')).toEqual({ problem: 'format' });
    expect(priceFenOf('十二')).toEqual({ problem: 'format' });
    expect(priceFenOf('-5')).toEqual({ problem: 'min' });
    expect(priceFenOf('0')).toEqual({ problem: 'min' });
    expect(priceFenOf('1000000.01')).toEqual({ problem: 'max' });
  });

  it('go back to the yuan a person edits', () => {
    expect(yuanInputOf(12_850)).toBe('128.5');
    expect(yuanInputOf(5_000)).toBe('50');
    expect(yuanInputOf(1_999)).toBe('19.99');
    expect(priceFenOf(yuanInputOf(1_999))).toEqual({ fen: 1_999 });
  });
});

import { describe, expect, it } from 'vitest';
import { bpsToPercent, percentToBps } from './commission';

describe('commission in % and basis points', () => {
  it.each([
    [500, '5'],
    [125, '1.25'],
    [50, '0.5'],
    [5, '0.05'],
    [0, '0'],
    [5000, '50'],
    [1010, '10.1'],
  ])('%i basis points are %s %%', (bps, percent) => {
    expect(bpsToPercent(bps)).toBe(percent);
    expect(percentToBps(percent)).toBe(bps);
  });

  it('reads what an admin types: a % sign, spaces, a trailing dot-free decimal', () => {
    expect(percentToBps(' 2.5 % ')).toBe(250);
    expect(percentToBps('3%')).toBe(300);
    expect(percentToBps('0.10')).toBe(10);
  });

  it('refuses what is not a rate the API takes', () => {
    for (const text of ['', 'abc', '-1', '1.255', '50.01', '60', '5,5', '.5'])
      expect(percentToBps(text), text).toBeNull();
  });
});

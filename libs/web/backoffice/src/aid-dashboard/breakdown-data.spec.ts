import { describe, expect, it } from 'vitest';
import { breakdowns, cooperatives } from '../testing/fixtures';
import { chartData, drillKeyOf } from './breakdown-data';

describe('drillKeyOf', () => {
  it('filters months and channels by their keys, categories and places by slug', () => {
    expect(drillKeyOf('period', breakdowns.byPeriod[0], cooperatives)).toBe('2026-10');
    expect(drillKeyOf('channel', breakdowns.byChannel[1], cooperatives)).toBe('exhibition_centre');
    expect(drillKeyOf('category', breakdowns.byCategory[0], cooperatives)).toBe('tea');
    expect(drillKeyOf('township', breakdowns.byTownship[1], cooperatives)).toBe('langdong');
  });

  it('cannot filter by "none recorded"', () => {
    expect(drillKeyOf('category', breakdowns.byCategory[2], cooperatives)).toBeNull();
    expect(
      drillKeyOf('village', { key: 'x', name: null, amountFen: 1, quantity: 1, entries: 1 }, cooperatives),
    ).toBeNull();
  });

  it('filters a cooperative by its slug, or finds it by its name when the key is an id', () => {
    expect(drillKeyOf('cooperative', breakdowns.byCooperative[1], cooperatives)).toBe('langdong-fungi-park');
    // a suspended cooperative is not on the public list, and its sales still drill down
    expect(
      drillKeyOf('cooperative', { ...breakdowns.byCooperative[1], key: 'suspended-coop' }, cooperatives),
    ).toBe('suspended-coop');
    expect(drillKeyOf('cooperative', { ...breakdowns.byCooperative[1], key: '' }, cooperatives)).toBeNull();
    expect(drillKeyOf('cooperative', breakdowns.byCooperative[0], cooperatives)).toBe('lebainian-health');
    expect(
      drillKeyOf(
        'cooperative',
        { ...breakdowns.byCooperative[0], name: { zh: '不在名单上的合作社', en: 'Unlisted' } },
        cooperatives,
      ),
    ).toBeNull();
  });
});

describe('chartData', () => {
  it('puts months in order and keeps the API’s ranking for the rest', () => {
    expect(chartData('period', breakdowns.byPeriod, (r) => r.key, cooperatives).map((d) => d.key)).toEqual([
      '2026-09',
      '2026-10',
    ]);
    expect(chartData('category', breakdowns.byCategory, (r) => r.name?.zh ?? '未分类', cooperatives)).toEqual(
      [
        { key: 'tea', drillKey: 'tea', name: '林下有机茶', fen: 9_000_000 },
        { key: 'fungi', drillKey: 'fungi', name: '食用菌', fen: 3_400_000 },
        { key: '', drillKey: null, name: '未分类', fen: -54_322 },
      ],
    );
  });
});

import { describe, expect, it } from 'vitest';
import { barOption, clickedKey, pieOption, tooltipLine, trendOption, type ChartDatum } from './chart-options';

const months: ChartDatum[] = [
  { key: '2026-09', drillKey: '2026-09', name: '2026年9月', fen: 8_345_678 },
  { key: '2026-10', drillKey: '2026-10', name: '2026年10月', fen: 4_000_001 },
];

type Series = {
  type: string;
  name?: string;
  data: { value: number; fen: number; drillKey: string | null; name: string }[];
};
const seriesOf = (option: object) => (option as { series: Series[] }).series;

describe('chart options', () => {
  it('draws yuan but keeps every item’s exact fen and drill key', () => {
    const [bars] = seriesOf(barOption(months, { locale: 'zh-CN', label: '月度' }));
    expect(bars.type).toBe('bar');
    expect(bars.data).toEqual([
      { value: 83_456.78, fen: 8_345_678, drillKey: '2026-09', name: '2026年9月' },
      { value: 40_000.01, fen: 4_000_001, drillKey: '2026-10', name: '2026年10月' },
    ]);
  });

  it('puts the largest first at the top of horizontal bars', () => {
    const option = barOption(months, { locale: 'en', label: 'x', horizontal: true }) as {
      yAxis: { data: string[] };
    };
    expect(option.yAxis.data).toEqual(['2026年10月', '2026年9月']);
  });

  it('adds a running total summed in fen to the monthly trend', () => {
    const [monthly, cumulative] = seriesOf(
      trendOption(months, { locale: 'zh-CN', label: 'x', monthly: '当月', cumulative: '累计' }),
    );
    expect(monthly.name).toBe('当月');
    expect(cumulative).toMatchObject({ type: 'line', name: '累计' });
    expect(cumulative.data.map((d) => d.fen)).toEqual([8_345_678, 12_345_679]);
  });

  it('draws slices with a legend', () => {
    const option = pieOption(months, { label: 'x' }) as { legend: object; series: Series[] };
    expect(option.legend).toBeDefined();
    expect(option.series[0].data.map((d) => d.name)).toEqual(['2026年9月', '2026年10月']);
  });

  it('reads the drill key of a clicked item, none for an item that cannot be filtered by', () => {
    const [bars] = seriesOf(
      barOption([...months, { key: '', drillKey: null, name: '未分类', fen: -5 }], {
        locale: 'en',
        label: 'x',
      }),
    );
    expect(clickedKey({ data: bars.data[1] })).toBe('2026-10');
    expect(clickedKey({ data: bars.data[2] })).toBeNull();
    expect(clickedKey({ data: 42 })).toBeNull();
    expect(clickedKey({})).toBeNull();
  });

  it('writes tooltips with the exact amount, names escaped', () => {
    expect(tooltipLine({ value: 1, fen: 123_456, drillKey: 'x', name: '<b>茶</b>' })).toBe(
      '&#60;b&#62;茶&#60;/b&#62;<br/>¥1,234.56',
    );
    expect(tooltipLine('not an item')).toBe('');
  });
});

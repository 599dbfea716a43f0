import { describe, expect, it } from 'vitest';
import { AidFilterSchema } from '@shanhai/shared/contracts';
import {
  activeFilterCount,
  drillDown,
  filterParams,
  readDashboardQuery,
  writeDashboardQuery,
  type DashboardQuery,
} from './dashboard-query';

const read = (query: string) => readDashboardQuery(new URLSearchParams(query));

describe('readDashboardQuery', () => {
  it('reads every filter and the entries page from the URL', () => {
    expect(
      read(
        'from=2026-01&to=2026-06&channel=exhibition_centre&category=tea&township=jiuzhou&village=pingxiba&cooperative=lebainian-health&page=3&pageSize=50',
      ),
    ).toEqual({
      filter: {
        from: '2026-01',
        to: '2026-06',
        channel: 'exhibition_centre',
        category: 'tea',
        township: 'jiuzhou',
        village: 'pingxiba',
        cooperative: 'lebainian-health',
      },
      page: 3,
      pageSize: 50,
      ignored: [],
    });
  });

  it('starts unfiltered on page 1 with 20 entries a page', () => {
    expect(read('')).toEqual({ filter: {}, page: 1, pageSize: 20, ignored: [] });
  });

  it('drops values the contract refuses, one by one, and says which', () => {
    const state = read(
      'from=2026-13&to=2026-02&channel=market&category=%20%20&cooperative=' + 'x'.repeat(101),
    );
    expect(state.filter).toEqual({ to: '2026-02' });
    expect(state.ignored).toEqual(['from', 'channel', 'cooperative']);
    expect(read('page=0&pageSize=7').page).toBe(1);
    expect(read('page=0&pageSize=7').pageSize).toBe(20);
  });

  it('drops `from` when the range runs backwards, as the schema reports it', () => {
    const state = read('from=2026-05&to=2026-02');
    expect(state.filter).toEqual({ to: '2026-02' });
    expect(state.ignored).toEqual(['from']);
    expect(AidFilterSchema.safeParse({ from: '2026-05', to: '2026-02' }).error?.issues[0]?.path).toEqual([
      'from',
    ]);
  });

  it('accepts exactly what the API accepts', () => {
    for (const query of ['from=2026-01&to=2026-01', 'channel=reported', 'township=langdong&village=hekou']) {
      const state = read(query);
      expect(state.ignored).toEqual([]);
      expect(AidFilterSchema.safeParse(state.filter).success).toBe(true);
    }
  });
});

describe('writeDashboardQuery', () => {
  const current: DashboardQuery = {
    filter: { from: '2026-01', to: '2026-06', township: 'jiuzhou', village: 'pingxiba' },
    page: 4,
    pageSize: 50,
    ignored: [],
  };

  it('keeps the other filters and goes back to the first page when a filter changes', () => {
    expect(writeDashboardQuery(current, { channel: 'online' }).toString()).toBe(
      'from=2026-01&to=2026-06&channel=online&township=jiuzhou&village=pingxiba&pageSize=50',
    );
  });

  it('clears a filter given null or an empty value', () => {
    expect(writeDashboardQuery(current, { from: null, to: '' }).toString()).toBe(
      'township=jiuzhou&village=pingxiba&pageSize=50',
    );
  });

  it('clears the village when the township changes, not when it stays', () => {
    expect(writeDashboardQuery(current, { township: 'langdong' }).toString()).toBe(
      'from=2026-01&to=2026-06&township=langdong&pageSize=50',
    );
    expect(writeDashboardQuery(current, { township: 'jiuzhou' }).toString()).toBe(
      'from=2026-01&to=2026-06&township=jiuzhou&village=pingxiba&page=4&pageSize=50',
    );
  });

  it('pages without touching the filters, leaving defaults out of the URL', () => {
    expect(writeDashboardQuery(current, { page: 5 }).get('page')).toBe('5');
    const first = writeDashboardQuery({ ...current, filter: {} }, { page: 1, pageSize: 20 });
    expect(first.toString()).toBe('');
  });

  it('reads back what it wrote', () => {
    const written = writeDashboardQuery(current, { category: 'tea', page: 2 });
    // a filter changed: page 1
    expect(readDashboardQuery(written)).toEqual({
      filter: { ...current.filter, category: 'tea' },
      page: 1,
      pageSize: 50,
      ignored: [],
    });
  });
});

describe('drillDown', () => {
  it('turns a clicked month into a one-month range and other keys into their filter', () => {
    expect(drillDown('period', '2026-03')).toEqual({ from: '2026-03', to: '2026-03' });
    expect(drillDown('channel', 'miao_silver_shop')).toEqual({ channel: 'miao_silver_shop' });
    expect(drillDown('channel', 'no-such-channel')).toEqual({});
    expect(drillDown('category', 'tea')).toEqual({ category: 'tea' });
    expect(drillDown('township', 'langdong')).toEqual({ township: 'langdong', village: null });
    expect(drillDown('village', 'hekou')).toEqual({ village: 'hekou' });
    expect(drillDown('cooperative', 'langdong-fungi-park')).toEqual({ cooperative: 'langdong-fungi-park' });
  });
});

describe('filterParams and activeFilterCount', () => {
  it('writes the filters for the API in a fixed order, without empties', () => {
    expect(filterParams({ cooperative: 'c', from: '2026-01', channel: 'online' }).toString()).toBe(
      'from=2026-01&channel=online&cooperative=c',
    );
    expect(activeFilterCount({ cooperative: 'c', from: '2026-01' })).toBe(2);
    expect(activeFilterCount({})).toBe(0);
  });
});

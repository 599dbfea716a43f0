import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  ProductListQuerySchema,
  ProductSorts,
} from '@shanhai/shared/contracts';
import {
  hasActiveFilters,
  LISTING_DEFAULT_PAGE_SIZE,
  PRODUCT_SORTS,
  readListingQuery,
  writeListingQuery,
} from './listing-query';

// Values a person or a pasted link might put in each key, good and bad.
const SAMPLES: Record<string, string[]> = {
  q: ['茶', '  tea  ', 'x'.repeat(100), 'x'.repeat(101)],
  category: ['tea', 'edible-fungi', ' tea ', 'Tea', 'tea--x', '-tea', 'a'.repeat(80), 'a'.repeat(81), '茶叶'],
  township: ['jiuzhou', 'jiu zhou'],
  cooperative: ['louyang-tea', 'louyang_tea'],
  minPriceFen: [
    '0',
    '5000',
    '12.5',
    '-1',
    'abc',
    '1e3',
    ' 42 ',
    String(Number.MAX_SAFE_INTEGER),
    '9007199254740992',
  ],
  maxPriceFen: ['30000', '0.5', 'Infinity'],
  certified: ['true', 'false', 'TRUE', '1', 'yes'],
  sort: ['newest', 'price_asc', 'price_desc', 'cheapest', 'NEWEST'],
  page: ['1', '2', '10000', '10001', '0', '-3', '1.5', 'two'],
  pageSize: ['1', '24', '100', '101', '0'],
};

describe('readListingQuery agrees with the contract schema', () => {
  for (const [key, values] of Object.entries(SAMPLES)) {
    for (const value of values) {
      it(`${key}=${JSON.stringify(value.length > 20 ? `${value.slice(0, 12)}…(${value.length})` : value)}`, () => {
        const schema = ProductListQuerySchema.safeParse({ [key]: value });
        const ours = readListingQuery(new URLSearchParams({ [key]: value }));
        if (schema.success) {
          expect(ours.ignored).toEqual([]);
          expect(ours.query).toEqual(schema.data);
        } else {
          expect(ours.ignored).toEqual([key]);
          expect(ours.query).toEqual(ProductListQuerySchema.parse({}));
        }
      });
    }
  }

  it('drops a maximum below the minimum, as the schema reports it on maxPriceFen', () => {
    const raw = { minPriceFen: '5000', maxPriceFen: '100' };
    const schema = ProductListQuerySchema.safeParse(raw);
    expect(schema.success).toBe(false);
    expect(schema.error?.issues.map((i) => i.path)).toEqual([['maxPriceFen']]);
    expect(readListingQuery(new URLSearchParams(raw))).toEqual({
      query: { minPriceFen: 5000, page: 1, pageSize: DEFAULT_PAGE_SIZE },
      ignored: ['maxPriceFen'],
    });
  });

  it('ignores keys the contract does not know and empty values', () => {
    expect(readListingQuery(new URLSearchParams('utm_source=x&category=&q=%20'))).toEqual({
      query: { page: 1, pageSize: DEFAULT_PAGE_SIZE },
      ignored: [],
    });
  });

  it('mirrors the contract constants', () => {
    expect(LISTING_DEFAULT_PAGE_SIZE).toBe(DEFAULT_PAGE_SIZE);
    expect(readListingQuery(new URLSearchParams({ pageSize: String(MAX_PAGE_SIZE) })).ignored).toEqual([]);
    expect([...PRODUCT_SORTS].sort()).toEqual([...ProductSorts].sort());
  });
});

describe('writeListingQuery', () => {
  const current = { category: 'tea', page: 3, pageSize: 24, sort: 'newest' as const };

  it('goes back to page 1 on any filter change and leaves defaults out of the URL', () => {
    expect(writeListingQuery(current, { township: 'jiuzhou' }).toString()).toBe(
      'category=tea&township=jiuzhou&sort=newest',
    );
  });

  it('keeps the filters when only the page changes', () => {
    expect(writeListingQuery(current, { page: 4 }).toString()).toBe('category=tea&sort=newest&page=4');
  });

  it('removes a filter set to undefined and writes certified only when true', () => {
    expect(writeListingQuery(current, { category: undefined, certified: false }).toString()).toBe(
      'sort=newest',
    );
    expect(writeListingQuery(current, { certified: true }).toString()).toBe(
      'category=tea&certified=true&sort=newest',
    );
  });

  it('round-trips through readListingQuery', () => {
    const url = writeListingQuery(
      {},
      { q: '鸡枞菌', minPriceFen: 1250, maxPriceFen: 30000, certified: true, sort: 'price_desc' },
    );
    expect(readListingQuery(url).query).toEqual({
      q: '鸡枞菌',
      minPriceFen: 1250,
      maxPriceFen: 30000,
      certified: true,
      sort: 'price_desc',
      page: 1,
      pageSize: 24,
    });
  });
});

describe('hasActiveFilters', () => {
  it('counts filters, not sort or paging', () => {
    expect(hasActiveFilters({ sort: 'newest', page: 2, pageSize: 24 })).toBe(false);
    expect(hasActiveFilters({ certified: false })).toBe(false);
    expect(hasActiveFilters({ minPriceFen: 0 })).toBe(true);
    expect(hasActiveFilters({ q: '茶' })).toBe(true);
  });
});

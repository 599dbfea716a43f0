import type { ProductListQuery, ProductSort } from '@shanhai/shared/contracts';
import { PRODUCT_LIST_QUERY_KEYS, type ProductListFilter } from '@shanhai/web/shared';

/*
 * The listing reads its filters from the URL with the same rules as the contract's
 * ProductListQuerySchema. The schema itself is not imported: zod would add about 23 KiB gzipped
 * to the listing page and break its 120 KiB budget. Every parser below is typed by the contract,
 * and listing-query.spec.ts checks that it agrees with the schema value by value.
 */

// Mirrors DEFAULT_PAGE_SIZE and MAX_PAGE_SIZE of the contract (asserted equal in the spec).
export const LISTING_DEFAULT_PAGE_SIZE = 24;
const MAX_PAGE_SIZE = 100;
const MAX_PAGE = 10_000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// A Record over the contract's union: a sort added to or removed from ProductSorts breaks this line.
const SORTS: Record<ProductSort, true> = { newest: true, price_asc: true, price_desc: true };
export const PRODUCT_SORTS = Object.keys(SORTS) as ProductSort[];

export function isProductSort(value: string): value is ProductSort {
  return Object.hasOwn(SORTS, value);
}

const slug = (raw: string): string | null => {
  const v = raw.trim();
  return v.length >= 1 && v.length <= 80 && SLUG.test(v) ? v : null;
};

const wholeNumber =
  (min: number, max: number) =>
  (raw: string): number | null => {
    const n = Number(raw);
    return Number.isInteger(n) && n >= min && n <= max ? n : null;
  };

type Parsers = {
  [K in keyof ProductListQuery]-?: (raw: string) => Exclude<ProductListQuery[K], undefined> | null;
};

const PARSERS: Parsers = {
  q: (raw) => {
    const v = raw.trim();
    return v.length <= 100 ? v : null;
  },
  category: slug,
  township: slug,
  cooperative: slug,
  minPriceFen: wholeNumber(0, Number.MAX_SAFE_INTEGER),
  maxPriceFen: wholeNumber(0, Number.MAX_SAFE_INTEGER),
  certified: (raw) => (raw === 'true' ? true : raw === 'false' ? false : null),
  sort: (raw) => (isProductSort(raw) ? raw : null),
  page: wholeNumber(1, MAX_PAGE),
  pageSize: wholeNumber(1, MAX_PAGE_SIZE),
};

export interface ListingState {
  /** The query sent to the API. */
  query: ProductListQuery;
  /** URL keys whose values the contract refuses; they are left out. */
  ignored: string[];
}

/**
 * Reads the listing's filters from the URL. The URL is the only state of the listing, so back,
 * forward and reload keep the filters. A hand-edited bad value is dropped, not fatal.
 */
export function readListingQuery(params: URLSearchParams): ListingState {
  const query: ProductListQuery = { page: 1, pageSize: LISTING_DEFAULT_PAGE_SIZE };
  const ignored: string[] = [];
  const set = <K extends keyof ProductListQuery>(key: K, raw: string) => {
    const value = PARSERS[key](raw) as ProductListQuery[K] | null;
    if (value === null) ignored.push(key);
    else query[key] = value;
  };
  for (const key of PRODUCT_LIST_QUERY_KEYS) {
    const raw = params.get(key);
    if (raw !== null && raw.trim() !== '') set(key, raw);
  }
  // The schema's refinement: a maximum below the minimum is reported on maxPriceFen.
  if (
    query.minPriceFen !== undefined &&
    query.maxPriceFen !== undefined &&
    query.minPriceFen > query.maxPriceFen
  ) {
    delete query.maxPriceFen;
    ignored.push('maxPriceFen');
  }
  return { query, ignored };
}

/**
 * The URL for the listing after a change. Any change other than the page itself goes back to
 * page 1; defaults (page 1, the default page size, certified=false) are left out of the URL.
 */
export function writeListingQuery(current: ProductListFilter, patch: ProductListFilter): URLSearchParams {
  const next: ProductListFilter = { ...current, ...patch };
  if (!('page' in patch)) next.page = undefined;
  const params = new URLSearchParams();
  for (const key of PRODUCT_LIST_QUERY_KEYS) {
    const value = next[key];
    if (value === undefined || value === '' || value === false) continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === LISTING_DEFAULT_PAGE_SIZE) continue;
    params.set(key, String(value));
  }
  return params;
}

/** True when any filter narrows the list (sort and paging do not). */
export function hasActiveFilters(query: ProductListFilter): boolean {
  return (
    Boolean(query.q) ||
    Boolean(query.category) ||
    Boolean(query.township) ||
    Boolean(query.cooperative) ||
    query.minPriceFen !== undefined ||
    query.maxPriceFen !== undefined ||
    query.certified === true
  );
}

import { AidFilterSchema, type AidFilter, type AidView } from '@shanhai/shared/contracts';

/** A breakdown the dashboard draws and drills into: every export view but the entries. */
export type AidDimension = Exclude<AidView, 'entries'>;

// A Record over the contract's keys: a filter added to AidFilterSchema breaks this line.
const KEYS: Record<keyof AidFilter, true> = {
  from: true,
  to: true,
  channel: true,
  category: true,
  township: true,
  village: true,
  cooperative: true,
};
/** The filters, in the order they are written into URLs. */
export const AID_FILTER_KEYS = Object.keys(KEYS) as (keyof AidFilter)[];

export const ENTRIES_PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_ENTRIES_PAGE_SIZE = 20;
const MAX_PAGE = 100_000;

/** What the dashboard's URL says: the filters every view shares, and the entries table's page. */
export interface DashboardQuery {
  filter: AidFilter;
  page: number;
  pageSize: number;
  /** URL keys whose values the contract refuses; they are left out */
  ignored: string[];
}

export type DashboardPatch = { [K in keyof AidFilter]?: AidFilter[K] | null } & {
  page?: number;
  pageSize?: number;
};

/**
 * Reads the dashboard's state from the URL with the contract's own schema, value by value, so a
 * hand-edited bad value is dropped (and reported) instead of failing every view. The URL is the
 * only state: back, forward, reload and a shared link show the same view.
 */
export function readDashboardQuery(params: URLSearchParams): DashboardQuery {
  const filter: AidFilter = {};
  const ignored: string[] = [];
  for (const key of AID_FILTER_KEYS) {
    const raw = params.get(key)?.trim();
    if (!raw) continue;
    const parsed = AidFilterSchema.shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) Object.assign(filter, { [key]: parsed.data });
    else ignored.push(key);
  }
  // The schema's refinement names `from` when the range is backwards.
  if (filter.from && filter.to && filter.from > filter.to) {
    delete filter.from;
    ignored.push('from');
  }
  const page = wholeNumber(params.get('page'), 1, MAX_PAGE);
  const pageSize = wholeNumber(params.get('pageSize'), 1, 200);
  return {
    filter,
    page: page ?? 1,
    pageSize:
      pageSize !== null && (ENTRIES_PAGE_SIZES as readonly number[]).includes(pageSize)
        ? pageSize
        : DEFAULT_ENTRIES_PAGE_SIZE,
    ignored,
  };
}

function wholeNumber(raw: string | null, min: number, max: number): number | null {
  if (raw === null || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/**
 * The URL after a change: `null` or '' clears a filter; changing any filter goes back to the first
 * page of entries; a new township clears the village (a village lies in one township). Defaults
 * (page 1, the default page size) stay out of the URL.
 */
export function writeDashboardQuery(current: DashboardQuery, patch: DashboardPatch): URLSearchParams {
  const filter: Record<string, string | undefined> = { ...current.filter };
  let filterChanged = false;
  for (const key of AID_FILTER_KEYS) {
    if (!(key in patch)) continue;
    const value = patch[key] ?? undefined;
    const next = value === '' ? undefined : value;
    if (next !== filter[key]) filterChanged = true;
    filter[key] = next;
  }
  if ('township' in patch && !('village' in patch) && patch.township !== current.filter.township) {
    if (filter['village'] !== undefined) filterChanged = true;
    filter['village'] = undefined;
  }
  const page = filterChanged ? 1 : (patch.page ?? current.page);
  const pageSize = patch.pageSize ?? current.pageSize;
  const params = new URLSearchParams();
  for (const key of AID_FILTER_KEYS) {
    const value = filter[key];
    if (value !== undefined) params.set(key, value);
  }
  if (page !== 1) params.set('page', String(page));
  if (pageSize !== DEFAULT_ENTRIES_PAGE_SIZE) params.set('pageSize', String(pageSize));
  return params;
}

/** The filters as an API query string, in a fixed order (also the query keys' order). */
export function filterParams(filter: AidFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of AID_FILTER_KEYS) {
    const value = filter[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  return params;
}

/** How many filters narrow the view. */
export function activeFilterCount(filter: AidFilter): number {
  return AID_FILTER_KEYS.filter((key) => filter[key] !== undefined).length;
}

/**
 * The filter a click on one bar, slice or row of a breakdown adds: a month becomes a one-month
 * range, the others filter by their key. Drilling into a township shows its villages next.
 */
export function drillDown(dimension: AidDimension, key: string): DashboardPatch {
  switch (dimension) {
    case 'period':
      return { from: key, to: key };
    case 'channel':
      return AidFilterSchema.shape.channel.safeParse(key).success
        ? { channel: key as AidFilter['channel'] }
        : {};
    case 'category':
      return { category: key };
    case 'township':
      return { township: key, village: null };
    case 'village':
      return { village: key };
    case 'cooperative':
      return { cooperative: key };
  }
}

import { OrderStatuses, type OrderStatus } from '@shanhai/shared/contracts';

/** The order search as the address keeps it: `/admin/orders?phone=1380&status=paid&from=2026-11-01`. */
export interface OrderFilter {
  number?: string;
  phone?: string;
  status?: OrderStatus;
  cooperative?: string;
  from?: string;
  to?: string;
  page: number;
}

const TEXT_KEYS = ['number', 'phone', 'cooperative'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters from the address; what is not a filter the API accepts is left out. */
export function orderFilterFromParams(params: URLSearchParams): OrderFilter {
  const filter: OrderFilter = { page: 1 };
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  const status = params.get('status');
  if (status && (OrderStatuses as readonly string[]).includes(status)) filter.status = status as OrderStatus;
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value && DATE.test(value)) filter[key] = value;
  }
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1 && page <= 10_000) filter.page = page;
  return filter;
}

/** Writes the filters into the address: only those set, in a fixed order, and the page when not the first. */
export function orderFilterToParams(filter: OrderFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['number', 'phone', 'status', 'cooperative', 'from', 'to'] as const) {
    const value = filter[key]?.trim();
    if (value) params.set(key, value);
  }
  if (filter.page > 1) params.set('page', String(filter.page));
  return params;
}

/** The API's query for a filter: the same fields, the page always, 50 a page. */
export function orderSearchParams(filter: OrderFilter): URLSearchParams {
  const params = orderFilterToParams(filter);
  params.set('page', String(filter.page));
  params.set('pageSize', String(ORDER_PAGE_SIZE));
  return params;
}

export const ORDER_PAGE_SIZE = 50;

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ProductListQuery, ProductListResponse } from '@shanhai/shared/contracts';
import { apiGet } from './api-get';

/** Any subset of the contract's list query, in its parsed (output) types. */
export type ProductListFilter = Partial<ProductListQuery>;

// A Record over the contract's keys: adding or removing a key in ProductListQuerySchema breaks this line.
const QUERY_KEYS: Record<keyof ProductListQuery, true> = {
  q: true,
  category: true,
  township: true,
  cooperative: true,
  minPriceFen: true,
  maxPriceFen: true,
  certified: true,
  sort: true,
  page: true,
  pageSize: true,
};

/** The keys `GET /api/products` knows, in a stable order. */
export const PRODUCT_LIST_QUERY_KEYS = Object.keys(QUERY_KEYS) as (keyof ProductListQuery)[];

/** The query string for a filter: only known keys, empty values left out. */
export function productListSearchParams(filter: ProductListFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of PRODUCT_LIST_QUERY_KEYS) {
    const value = filter[key];
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  return params;
}

export function getProducts(filter: ProductListFilter, signal?: AbortSignal): Promise<ProductListResponse> {
  return apiGet<ProductListResponse>('/api/products', { params: productListSearchParams(filter), signal });
}

export function productsQueryOptions(filter: ProductListFilter) {
  const params = productListSearchParams(filter);
  return queryOptions({
    queryKey: ['products', 'list', params.toString()] as const,
    queryFn: ({ signal }) => apiGet<ProductListResponse>('/api/products', { params, signal }),
    // Keep the previous page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useProducts(filter: ProductListFilter) {
  return useQuery(productsQueryOptions(filter));
}

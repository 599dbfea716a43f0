import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProductDetailDto } from '@shanhai/shared/contracts';
import { apiGet } from './api-get';

export function getProduct(slug: string, signal?: AbortSignal): Promise<ProductDetailDto> {
  return apiGet<ProductDetailDto>(`/api/products/${encodeURIComponent(slug)}`, { signal });
}

export function productQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ['products', 'detail', slug] as const,
    queryFn: ({ signal }) => getProduct(slug, signal),
  });
}

/** One product by slug; a missing one fails with code PRODUCT_NOT_FOUND. */
export function useProduct(slug: string) {
  return useQuery(productQueryOptions(slug));
}

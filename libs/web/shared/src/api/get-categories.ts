import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CategoryDto } from '@shanhai/shared/contracts';
import { apiGet } from './api-get';

export function getCategories(signal?: AbortSignal): Promise<CategoryDto[]> {
  return apiGet<CategoryDto[]>('/api/categories', { signal });
}

export function categoriesQueryOptions() {
  return queryOptions({
    queryKey: ['categories'] as const,
    queryFn: ({ signal }) => getCategories(signal),
    staleTime: 10 * 60_000,
  });
}

export function useCategories() {
  return useQuery(categoriesQueryOptions());
}

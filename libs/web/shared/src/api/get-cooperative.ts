import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CooperativeDetailDto } from '@shanhai/shared/contracts';
import { apiGet } from './api-get';

export function getCooperative(slug: string, signal?: AbortSignal): Promise<CooperativeDetailDto> {
  return apiGet<CooperativeDetailDto>(`/api/cooperatives/${encodeURIComponent(slug)}`, { signal });
}

export function cooperativeQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ['cooperatives', 'detail', slug] as const,
    queryFn: ({ signal }) => getCooperative(slug, signal),
  });
}

/** One cooperative by slug; a missing one fails with code COOPERATIVE_NOT_FOUND. */
export function useCooperative(slug: string) {
  return useQuery(cooperativeQueryOptions(slug));
}

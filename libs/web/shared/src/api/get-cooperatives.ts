import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CooperativeListItemDto } from '@shanhai/shared/contracts';
import { apiGet } from './api-get';

export function getCooperatives(signal?: AbortSignal): Promise<CooperativeListItemDto[]> {
  return apiGet<CooperativeListItemDto[]>('/api/cooperatives', { signal });
}

export function cooperativesQueryOptions() {
  return queryOptions({
    queryKey: ['cooperatives', 'list'] as const,
    queryFn: ({ signal }) => getCooperatives(signal),
  });
}

export function useCooperatives() {
  return useQuery(cooperativesQueryOptions());
}

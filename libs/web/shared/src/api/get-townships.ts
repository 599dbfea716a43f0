import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TownshipDto } from '@shanhai/shared/contracts';
import { apiGet } from './api-get';

export function getTownships(signal?: AbortSignal): Promise<TownshipDto[]> {
  return apiGet<TownshipDto[]>('/api/townships', { signal });
}

export function townshipsQueryOptions() {
  return queryOptions({
    queryKey: ['townships'] as const,
    queryFn: ({ signal }) => getTownships(signal),
    staleTime: 10 * 60_000,
  });
}

export function useTownships() {
  return useQuery(townshipsQueryOptions());
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AdminIndicatorDto } from '@shanhai/shared/contracts';
import { apiGet } from '@shanhai/web/shared';

export function getAdminIndicators(signal?: AbortSignal): Promise<AdminIndicatorDto[]> {
  return apiGet<AdminIndicatorDto[]>('/api/aid/indicators', { signal });
}

export function adminIndicatorsQueryOptions() {
  return queryOptions({
    queryKey: ['aid', 'indicators'] as const,
    queryFn: ({ signal }) => getAdminIndicators(signal),
    staleTime: 0,
  });
}

/** Every reported figure and target, with its period and source. */
export function useAdminIndicators() {
  return useQuery(adminIndicatorsQueryOptions());
}

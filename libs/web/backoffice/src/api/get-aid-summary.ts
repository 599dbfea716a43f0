import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AidSummaryDto } from '@shanhai/shared/contracts';
import { apiGet } from '@shanhai/web/shared';

export function getAidSummary(signal?: AbortSignal): Promise<AidSummaryDto> {
  return apiGet<AidSummaryDto>('/api/aid/summary', { signal });
}

export function aidSummaryQueryOptions() {
  return queryOptions({
    queryKey: ['aid', 'summary'] as const,
    queryFn: ({ signal }) => getAidSummary(signal),
    staleTime: 15_000,
  });
}

/** The headline: the reported opening balance, what was recorded since, the target and households. */
export function useAidSummary() {
  return useQuery(aidSummaryQueryOptions());
}

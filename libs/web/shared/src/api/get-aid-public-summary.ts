import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AidPublicSummaryDto } from '@shanhai/shared/contracts';
import { apiGet } from './api-get';

export function getAidPublicSummary(signal?: AbortSignal): Promise<AidPublicSummaryDto> {
  return apiGet<AidPublicSummaryDto>('/api/aid/public-summary', { signal });
}

export function aidPublicSummaryQueryOptions() {
  return queryOptions({
    queryKey: ['aid', 'public-summary'] as const,
    queryFn: ({ signal }) => getAidPublicSummary(signal),
    staleTime: 60_000,
  });
}

/** The public consumption-aid scorecard: aggregates only, never a household. */
export function useAidPublicSummary() {
  return useQuery(aidPublicSummaryQueryOptions());
}

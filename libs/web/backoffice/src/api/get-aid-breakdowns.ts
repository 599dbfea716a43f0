import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AidBreakdownsDto, AidFilter } from '@shanhai/shared/contracts';
import { apiGet } from '@shanhai/web/shared';
import { filterParams } from '../aid-dashboard/dashboard-query';

export function getAidBreakdowns(filter: AidFilter, signal?: AbortSignal): Promise<AidBreakdownsDto> {
  return apiGet<AidBreakdownsDto>('/api/aid/breakdowns', { params: filterParams(filter), signal });
}

export function aidBreakdownsQueryOptions(filter: AidFilter) {
  return queryOptions({
    queryKey: ['aid', 'breakdowns', filterParams(filter).toString()] as const,
    queryFn: ({ signal }) => getAidBreakdowns(filter, signal),
    staleTime: 15_000,
    // a new filter keeps the old charts on screen until the new figures arrive
    placeholderData: keepPreviousData,
  });
}

/** Every breakdown of the dashboard under one filter. */
export function useAidBreakdowns(filter: AidFilter) {
  return useQuery(aidBreakdownsQueryOptions(filter));
}

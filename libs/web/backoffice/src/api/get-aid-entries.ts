import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AidEntriesPageDto, AidFilter } from '@shanhai/shared/contracts';
import { apiGet } from '@shanhai/web/shared';
import { filterParams } from '../aid-dashboard/dashboard-query';

export interface AidEntriesRequest {
  filter: AidFilter;
  page: number;
  pageSize: number;
}

function entriesParams({ filter, page, pageSize }: AidEntriesRequest): URLSearchParams {
  const params = filterParams(filter);
  params.set('page', String(page));
  params.set('pageSize', String(pageSize));
  return params;
}

export function getAidEntries(request: AidEntriesRequest, signal?: AbortSignal): Promise<AidEntriesPageDto> {
  return apiGet<AidEntriesPageDto>('/api/aid/entries', { params: entriesParams(request), signal });
}

export function aidEntriesQueryOptions(request: AidEntriesRequest) {
  return queryOptions({
    queryKey: ['aid', 'entries', entriesParams(request).toString()] as const,
    queryFn: ({ signal }) => getAidEntries(request, signal),
    staleTime: 15_000,
    placeholderData: keepPreviousData,
  });
}

/** One page of the ledger entries behind the dashboard's figures, newest first. */
export function useAidEntries(request: AidEntriesRequest) {
  return useQuery(aidEntriesQueryOptions(request));
}

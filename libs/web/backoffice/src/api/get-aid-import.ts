import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AidImportDto } from '@shanhai/shared/contracts';
import { apiGet } from '@shanhai/web/shared';
import { pollInterval } from '../aid-imports/import-phase';

export function getAidImport(id: string, signal?: AbortSignal): Promise<AidImportDto> {
  return apiGet<AidImportDto>(`/api/aid/imports/${encodeURIComponent(id)}`, { signal });
}

export function aidImportQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['aid', 'imports', 'one', id] as const,
    queryFn: ({ signal }) => getAidImport(id, signal),
    staleTime: 0,
    // asked again while the server is parsing or committing, and no more once it has finished
    refetchInterval: (query) => pollInterval(query.state.data?.status),
    refetchIntervalInBackground: false,
  });
}

/** One upload and its state; polled while it is being checked or committed. */
export function useAidImport(id: string) {
  return useQuery(aidImportQueryOptions(id));
}

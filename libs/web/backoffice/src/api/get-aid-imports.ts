import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AidImportListItemDto } from '@shanhai/shared/contracts';
import { apiGet } from '@shanhai/web/shared';

export function getAidImports(signal?: AbortSignal): Promise<AidImportListItemDto[]> {
  return apiGet<AidImportListItemDto[]>('/api/aid/imports', { signal });
}

export function aidImportsQueryOptions() {
  return queryOptions({
    queryKey: ['aid', 'imports', 'list'] as const,
    queryFn: ({ signal }) => getAidImports(signal),
    staleTime: 0,
  });
}

/** The offline sales files uploaded so far, newest first. */
export function useAidImports() {
  return useQuery(aidImportsQueryOptions());
}

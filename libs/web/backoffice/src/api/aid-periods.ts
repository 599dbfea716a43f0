import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AidAdjustmentDto, AidAdjustmentRequest, AidPeriodDto } from '@shanhai/shared/contracts';
import { apiGet, apiSend } from '@shanhai/web/shared';

export function aidPeriodsQueryOptions() {
  return queryOptions({
    queryKey: ['aid', 'periods'] as const,
    queryFn: ({ signal }) => apiGet<AidPeriodDto[]>('/api/aid/periods', { signal }),
  });
}

/** The closed accounting months, latest first. */
export function useAidPeriods() {
  return useQuery(aidPeriodsQueryOptions());
}

/** `POST /api/aid/periods/:period/close`: nothing more is written into that month. */
export function useCloseAidPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: string) =>
      apiSend<AidPeriodDto>('POST', `/api/aid/periods/${encodeURIComponent(period)}/close`, { body: {} }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['aid'] }),
  });
}

/** `POST /api/aid/adjustments`: a correction in the open month, with its reason. */
export function useAidAdjustment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AidAdjustmentRequest) =>
      apiSend<AidAdjustmentDto>('POST', '/api/aid/adjustments', { body: request }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['aid'] }),
  });
}

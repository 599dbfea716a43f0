import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdminIndicatorDto, IndicatorCreateRequest } from '@shanhai/shared/contracts';
import { apiSend } from '@shanhai/web/shared';

/** `POST /api/aid/indicators`: a reported figure or a target, with its period and source. */
export function createIndicator(request: IndicatorCreateRequest): Promise<AdminIndicatorDto> {
  return apiSend<AdminIndicatorDto>('POST', '/api/aid/indicators', { body: request });
}

/** A new figure changes the list and, for a target or the opening balance, the dashboard's headline. */
export function useCreateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIndicator,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['aid'] }),
  });
}

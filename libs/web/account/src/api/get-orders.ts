import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrderSummaryDto } from '@shanhai/shared/contracts';
import { apiGet } from '@shanhai/web/shared';

export function getOrders(signal?: AbortSignal): Promise<OrderSummaryDto[]> {
  return apiGet<OrderSummaryDto[]>('/api/orders', { signal });
}

export function ordersQueryOptions() {
  return queryOptions({
    queryKey: ['orders', 'list'] as const,
    queryFn: ({ signal }) => getOrders(signal),
    staleTime: 0,
  });
}

/** The signed-in user's orders, newest first. */
export function useOrders() {
  return useQuery(ordersQueryOptions());
}

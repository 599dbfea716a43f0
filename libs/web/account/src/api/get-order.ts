import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrderDto } from '@shanhai/shared/contracts';
import { apiGet } from '@shanhai/web/shared';

export function getOrder(id: string, signal?: AbortSignal): Promise<OrderDto> {
  return apiGet<OrderDto>(`/api/orders/${encodeURIComponent(id)}`, { signal });
}

export function orderQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['orders', 'detail', id] as const,
    queryFn: ({ signal }) => getOrder(id, signal),
    // Payment and shipping move on without the buyer: show the status as it is now.
    staleTime: 0,
  });
}

/** One of the user's orders; another's or a missing one fails with 404 ORDER_NOT_FOUND. */
export function useOrder(id: string) {
  return useQuery(orderQueryOptions(id));
}

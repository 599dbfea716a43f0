import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrderDto } from '@shanhai/shared/contracts';
import { apiSend } from '@shanhai/web/shared';
import { orderQueryOptions } from './get-order';
import { ordersQueryOptions } from './get-orders';

/** The cancelled order; 409 NOT_CANCELLABLE once something has shipped or the order is closed. */
export function cancelOrder(id: string): Promise<OrderDto> {
  return apiSend<OrderDto>('POST', `/api/orders/${encodeURIComponent(id)}/cancel`);
}

export function useCancelOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelOrder,
    onSuccess: (order) => {
      queryClient.setQueryData(orderQueryOptions(order.id).queryKey, order);
      void queryClient.invalidateQueries({ queryKey: ordersQueryOptions().queryKey });
    },
  });
}

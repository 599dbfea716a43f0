import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CartDto } from '@shanhai/shared/contracts';
import { apiSend, cartQueryOptions } from '@shanhai/web/shared';

export function removeCartLine(sku: string): Promise<CartDto> {
  return apiSend<CartDto>('DELETE', `/api/cart/lines/${encodeURIComponent(sku)}`);
}

export function useRemoveCartLine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeCartLine,
    onSuccess: (cart) => queryClient.setQueryData(cartQueryOptions().queryKey, cart),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CartDto } from '@shanhai/shared/contracts';
import { apiSend, cartQueryOptions } from '@shanhai/web/shared';

export interface UpdateCartLineRequest {
  sku: string;
  /** 0 removes the line. */
  quantity: number;
}

export function updateCartLine({ sku, quantity }: UpdateCartLineRequest): Promise<CartDto> {
  return apiSend<CartDto>('PATCH', `/api/cart/lines/${encodeURIComponent(sku)}`, { body: { quantity } });
}

/** The answer is the whole cart, with problems and shipping worked out anew: it replaces the cached one. */
export function useUpdateCartLine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCartLine,
    onSuccess: (cart) => queryClient.setQueryData(cartQueryOptions().queryKey, cart),
  });
}

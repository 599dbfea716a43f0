import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddCartLineRequest, CartDto } from '@shanhai/shared/contracts';
import { apiSend, cartQueryOptions } from '@shanhai/web/shared';

/** Adds to the line of that SKU (or makes one); 404 SKU_NOT_FOUND. */
export function addCartLine(request: AddCartLineRequest): Promise<CartDto> {
  return apiSend<CartDto>('POST', '/api/cart/lines', { body: request });
}

/** The answer is the whole cart: it replaces the cached one, so the header's count follows. */
export function useAddCartLine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addCartLine,
    onSuccess: (cart) => queryClient.setQueryData(cartQueryOptions().queryKey, cart),
  });
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CartDto } from '@shanhai/shared/contracts';
import { apiGet } from './api-get';

export function getCart(signal?: AbortSignal): Promise<CartDto> {
  return apiGet<CartDto>('/api/cart', { signal });
}

/** The visitor's cart (a guest's by cookie); every cart mutation answers with the whole cart. */
export function cartQueryOptions() {
  return queryOptions({
    queryKey: ['cart'] as const,
    queryFn: ({ signal }) => getCart(signal),
    // Prices and stock are read anew on every view: the cart page and checkout never show old figures.
    staleTime: 0,
  });
}

export function useCart() {
  return useQuery(cartQueryOptions());
}

/** The number of items (not lines) in a cart, for the header's badge. */
export function cartItemCount(cart: CartDto | undefined): number {
  return cart?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0;
}

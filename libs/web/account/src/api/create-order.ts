import { useMutation } from '@tanstack/react-query';
import type { CreateOrderRequest, OrderDto } from '@shanhai/shared/contracts';
import { apiSend } from '@shanhai/web/shared';

export interface CreateOrderVariables {
  request: CreateOrderRequest;
  /** The same key for a retry of the same attempt: the server answers with the order it made. */
  idempotencyKey: string;
}

/** 201 with the order (200 and the same order for a repeated key); 409 OUT_OF_STOCK with `lines`. */
export function createOrder({ request, idempotencyKey }: CreateOrderVariables): Promise<OrderDto> {
  return apiSend<OrderDto>('POST', '/api/orders', {
    body: request,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function useCreateOrder() {
  return useMutation({ mutationFn: createOrder });
}

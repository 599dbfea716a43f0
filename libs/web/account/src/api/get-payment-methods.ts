import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PaymentMethodsDto } from '@shanhai/shared/contracts';
import { apiGet } from '@shanhai/web/shared';

export function getPaymentMethods(signal?: AbortSignal): Promise<PaymentMethodsDto> {
  return apiGet<PaymentMethodsDto>('/api/payments/methods', { signal });
}

export function paymentMethodsQueryOptions() {
  return queryOptions({
    queryKey: ['payments', 'methods'] as const,
    queryFn: ({ signal }) => getPaymentMethods(signal),
    // A setting of the installation: it changes with a deploy, not while someone checks out.
    staleTime: 10 * 60_000,
  });
}

/** What checkout may offer here: always offline; Stripe when the server is configured for it. */
export function usePaymentMethods() {
  return useQuery(paymentMethodsQueryOptions());
}

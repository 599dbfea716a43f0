import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AddressDto } from '@shanhai/shared/contracts';
import { apiGet } from '@shanhai/web/shared';

export function getAddresses(signal?: AbortSignal): Promise<AddressDto[]> {
  return apiGet<AddressDto[]>('/api/addresses', { signal });
}

export function addressesQueryOptions() {
  return queryOptions({
    queryKey: ['addresses'] as const,
    queryFn: ({ signal }) => getAddresses(signal),
  });
}

/** The signed-in user's saved addresses; 401 for a guest. */
export function useAddresses() {
  return useQuery(addressesQueryOptions());
}

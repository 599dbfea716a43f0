import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddressDto, AddressInput } from '@shanhai/shared/contracts';
import { apiSend } from '@shanhai/web/shared';
import { addressesQueryOptions } from './get-addresses';

/** 201 with the saved address (mobile normalised to +86…); 400 VALIDATION_FAILED with fields. */
export function createAddress(input: AddressInput): Promise<AddressDto> {
  return apiSend<AddressDto>('POST', '/api/addresses', { body: input });
}

export function useCreateAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAddress,
    // A new default address changes the others' isDefault: read the list anew.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: addressesQueryOptions().queryKey }),
  });
}

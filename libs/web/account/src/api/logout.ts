import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, cartQueryOptions, sessionQueryOptions } from '@shanhai/web/shared';

/** Revokes the session on the server (204). */
export function logout(): Promise<void> {
  return apiSend('POST', '/api/auth/logout');
}

/**
 * After signing out the visitor is a guest with a guest's (empty) cart; their orders and addresses
 * leave the cache, and a page behind RequireSession sends them to the sign-in page.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.setQueryData(sessionQueryOptions().queryKey, null);
      queryClient.removeQueries({ queryKey: ['orders'] });
      queryClient.removeQueries({ queryKey: ['addresses'] });
      void queryClient.invalidateQueries({ queryKey: cartQueryOptions().queryKey });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, sessionQueryOptions } from '@shanhai/web/shared';

/** `POST /api/auth/logout`: revokes the session (204); every admin figure leaves the cache. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend('POST', '/api/auth/logout'),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['aid'] });
      queryClient.setQueryData(sessionQueryOptions().queryKey, null);
    },
  });
}

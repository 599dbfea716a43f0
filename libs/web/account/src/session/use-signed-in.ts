import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { UserDto } from '@shanhai/shared/contracts';
import { cartQueryOptions, sessionQueryOptions } from '@shanhai/web/shared';

/**
 * After sign-in or registration: the session is known without asking again, the cart is read anew
 * (the API has merged the guest cart into the account's), and the user goes on to `next`.
 */
export function useSignedIn(next: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (user: UserDto) => {
    queryClient.setQueryData(sessionQueryOptions().queryKey, user);
    void queryClient.invalidateQueries({ queryKey: cartQueryOptions().queryKey });
    void navigate(next, { replace: true });
  };
}

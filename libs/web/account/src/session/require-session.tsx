import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { UserDto } from '@shanhai/shared/contracts';
import { ErrorState, isApiError, sessionQueryOptions, Spinner, useSession } from '@shanhai/web/shared';
import { loginPath } from './safe-next';

/** Renders its children for a signed-in user; a guest goes to sign in and comes back here. */
export function RequireSession({ children }: { children: (user: UserDto) => ReactNode }) {
  const session = useSession();
  const { pathname, search } = useLocation();
  if (session.isPending) return <Spinner />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) return <Navigate replace to={loginPath(pathname + search)} />;
  return children(session.data);
}

/** A 401 from a page's own query means the session ended meanwhile: forget it, so RequireSession sends the user to sign in. */
export function useSessionEndsOn401(error: unknown) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (isApiError(error) && error.status === 401)
      queryClient.setQueryData(sessionQueryOptions().queryKey, null);
  }, [error, queryClient]);
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionResponse, UserDto } from '@shanhai/shared/contracts';
import { isApiError } from './api-error';
import { apiGet } from './api-get';

/** The signed-in user, or null for a guest (the API answers 401 UNAUTHENTICATED). */
export async function getSession(signal?: AbortSignal): Promise<UserDto | null> {
  try {
    return (await apiGet<SessionResponse>('/api/auth/me', { signal })).user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: ['session'] as const,
    queryFn: ({ signal }) => getSession(signal),
  });
}

/** `data` is the user, null for a guest; sign-in and sign-out write it directly. */
export function useSession() {
  return useQuery(sessionQueryOptions());
}

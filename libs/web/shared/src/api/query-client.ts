import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

/** The app's query client: catalogue data is fresh for a minute; a 4xx is never retried. */
export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  const retryAllowed = options.retry ?? true;
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          retryAllowed && failureCount < 2 && !(isApiError(error) && error.isClientError),
      },
    },
  });
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StoryResponse } from '@shanhai/shared/contracts';
import { apiGet } from './api-get';

export function getStory(signal?: AbortSignal): Promise<StoryResponse> {
  return apiGet<StoryResponse>('/api/story', { signal });
}

export function storyQueryOptions() {
  return queryOptions({
    queryKey: ['story'] as const,
    queryFn: ({ signal }) => getStory(signal),
    staleTime: 10 * 60_000,
  });
}

/** The reported figures of the Gongshu–Huangping cooperation, as data. */
export function useStory() {
  return useQuery(storyQueryOptions());
}

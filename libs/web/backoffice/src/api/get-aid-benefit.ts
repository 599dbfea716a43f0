import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BenefitSummaryDto } from '@shanhai/shared/contracts';
import { apiGet } from '@shanhai/web/shared';

export function getAidBenefit(signal?: AbortSignal): Promise<BenefitSummaryDto> {
  return apiGet<BenefitSummaryDto>('/api/aid/benefit', { signal });
}

export function aidBenefitQueryOptions() {
  return queryOptions({
    queryKey: ['aid', 'benefit'] as const,
    queryFn: ({ signal }) => getAidBenefit(signal),
    staleTime: 60_000,
  });
}

/** Households and persons linked, and per cooperative, mechanism and year what was paid per person. */
export function useAidBenefit() {
  return useQuery(aidBenefitQueryOptions());
}

import type { IndicatorUnit, ReportedIndicatorDto } from '@shanhai/shared/contracts';

/** The two figures the home page leads with: sales helped by Gongshu and registered poor lifted by them. */
export const HEADLINE_KEYS = ['aid_sales_fen', 'households_lifted'] as const;

export const INDICATOR_GROUPS = ['headline', 'money', 'people', 'projects', 'shares'] as const;
export type IndicatorGroupId = (typeof INDICATOR_GROUPS)[number];

// Grouped by what a figure measures (its unit), so a new indicator in the data finds its place.
const GROUP_OF_UNIT: Record<IndicatorUnit, IndicatorGroupId> = {
  fen: 'money',
  people: 'people',
  projects: 'projects',
  count: 'projects',
  percent: 'shares',
};

export interface IndicatorGroup {
  id: IndicatorGroupId;
  indicators: ReportedIndicatorDto[];
}

export function headlineIndicators(indicators: readonly ReportedIndicatorDto[]): ReportedIndicatorDto[] {
  return HEADLINE_KEYS.flatMap((key) => indicators.filter((i) => i.key === key));
}

/** The headline figures first, then the rest by unit, in the API's order; empty groups left out. */
export function groupIndicators(indicators: readonly ReportedIndicatorDto[]): IndicatorGroup[] {
  const headline = new Set<string>(HEADLINE_KEYS);
  const groups = new Map<IndicatorGroupId, ReportedIndicatorDto[]>(INDICATOR_GROUPS.map((id) => [id, []]));
  groups.set('headline', headlineIndicators(indicators));
  for (const indicator of indicators) {
    if (!headline.has(indicator.key)) groups.get(GROUP_OF_UNIT[indicator.unit])?.push(indicator);
  }
  return INDICATOR_GROUPS.map((id) => ({ id, indicators: groups.get(id) ?? [] })).filter(
    (g) => g.indicators.length > 0,
  );
}

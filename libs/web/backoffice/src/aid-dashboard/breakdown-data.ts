import type { AidBreakdownRow, AidBreakdownsDto, CooperativeListItemDto } from '@shanhai/shared/contracts';
import type { ChartDatum } from './chart-options';
import type { AidDimension } from './dashboard-query';

/** Which rows of the breakdowns each dimension draws. */
export const DIMENSION_ROWS: Record<AidDimension, keyof Omit<AidBreakdownsDto, 'filter' | 'recordedFen'>> = {
  period: 'byPeriod',
  channel: 'byChannel',
  category: 'byCategory',
  township: 'byTownship',
  village: 'byVillage',
  cooperative: 'byCooperative',
};

/**
 * What a click on a row filters by, or null when no filter can express it. Months and channels
 * are their keys. Categories and places are slugs; a row without a name is "none recorded",
 * which no filter selects. Cooperatives are filtered by slug: a row's key is the slug, or an id
 * whose cooperative is found by its name among the listed cooperatives.
 */
export function drillKeyOf(
  dimension: AidDimension,
  row: AidBreakdownRow,
  cooperatives: readonly Pick<CooperativeListItemDto, 'slug' | 'name'>[],
): string | null {
  switch (dimension) {
    case 'period':
    case 'channel':
      return row.key;
    case 'category':
    case 'township':
    case 'village':
      return row.name === null || row.key === '' ? null : row.key;
    case 'cooperative': {
      const bySlug = cooperatives.find((c) => c.slug === row.key);
      if (bySlug) return bySlug.slug;
      const name = row.name;
      if (!name) return null;
      return cooperatives.find((c) => c.name.zh === name.zh)?.slug ?? null;
    }
  }
}

/** The rows of one breakdown as chart data: months in order, the others as the API ranks them. */
export function chartData(
  dimension: AidDimension,
  rows: readonly AidBreakdownRow[],
  nameOf: (row: AidBreakdownRow) => string,
  cooperatives: readonly Pick<CooperativeListItemDto, 'slug' | 'name'>[],
): ChartDatum[] {
  const ordered = dimension === 'period' ? [...rows].sort((a, b) => a.key.localeCompare(b.key)) : rows;
  return ordered.map((row) => ({
    key: row.key,
    drillKey: drillKeyOf(dimension, row, cooperatives),
    name: nameOf(row),
    fen: row.amountFen,
  }));
}

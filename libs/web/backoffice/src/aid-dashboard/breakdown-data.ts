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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a click on a row filters by, or null when no filter can express it. A row's key is what
 * the filter of the same name takes (a month, a channel, a slug); '' or a row without a name is
 * "none recorded", which no filter selects. A cooperative keyed by its id (as the contract first
 * had it) is found by its name among the listed cooperatives.
 */
export function drillKeyOf(
  dimension: AidDimension,
  row: AidBreakdownRow,
  cooperatives: readonly Pick<CooperativeListItemDto, 'slug' | 'name'>[],
): string | null {
  if (row.key === '') return null;
  switch (dimension) {
    case 'period':
    case 'channel':
      return row.key;
    case 'category':
    case 'township':
    case 'village':
      return row.name === null ? null : row.key;
    case 'cooperative': {
      if (!UUID.test(row.key)) return row.key;
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

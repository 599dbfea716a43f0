import type { AidEntryKind, AidFilter } from '@shanhai/shared/contracts';

/** A dashboard filter whose cooperative slug has been looked up (the ledger keeps ids). */
export interface ResolvedAidFilter extends Omit<AidFilter, 'cooperative'> {
  cooperativeId?: string;
  /** one kind only; unset means every kind but the opening balance */
  kind?: AidEntryKind;
}

export interface SqlWhere {
  /** conditions joined by AND; never empty */
  where: string;
  values: unknown[];
  /** appends a value and returns its placeholder, for the caller's own conditions */
  param: (value: unknown) => string;
}

function builder(): SqlWhere & { add: (condition: string) => void } {
  const values: unknown[] = [];
  const conditions: string[] = [];
  const w = {
    values,
    get where() {
      return conditions.join(' AND ');
    },
    param: (value: unknown) => {
      values.push(value);
      return `$${values.length}`;
    },
    add: (condition: string) => void conditions.push(condition),
  };
  return w;
}

/** The first day of a 'YYYY-MM' month. */
export const monthStart = (period: string): string => `${period}-01`;

/** The first day of the month after a 'YYYY-MM' month. */
export function nextMonthStart(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

// Only the filters that are set become conditions, so each combination is its own statement
// with its own plan (and named prepared statement): `($1 IS NULL OR col = $1)` would leave a
// generic plan unable to pick the index that fits.
function common(w: ReturnType<typeof builder>, f: ResolvedAidFilter): void {
  if (f.channel) w.add(`channel = ${w.param(f.channel)}`);
  if (f.category) w.add(`category_slug = ${w.param(f.category)}`);
  if (f.township) w.add(`township_slug = ${w.param(f.township)}`);
  if (f.village) w.add(`village_slug = ${w.param(f.village)}`);
  if (f.cooperativeId) w.add(`cooperative_id = ${w.param(f.cooperativeId)}::uuid`);
}

const kindCondition = (w: ReturnType<typeof builder>, f: ResolvedAidFilter) =>
  f.kind ? `kind = ${w.param(f.kind)}` : `kind <> 'opening_balance'`;

/**
 * WHERE over `aid_rollups`. Every filter is a column of the rollup key, so any filtered figure
 * is a sum of rollup rows; the period range uses the key's leading `period`.
 */
export function rollupWhere(f: ResolvedAidFilter): SqlWhere {
  const w = builder();
  w.add(kindCondition(w, f));
  if (f.from) w.add(`period >= ${w.param(f.from)}`);
  if (f.to) w.add(`period <= ${w.param(f.to)}`);
  common(w, f);
  return w;
}

/**
 * WHERE over `aid_ledger_entries`. The period range is written as a range of `occurred_on`
 * (the table's check makes `period` the month of `occurred_on`), so one index on
 * (occurred_on, id) both narrows by period and yields entries newest first.
 */
export function ledgerWhere(f: ResolvedAidFilter): SqlWhere {
  const w = builder();
  w.add(kindCondition(w, f));
  if (f.from) w.add(`occurred_on >= ${w.param(monthStart(f.from))}::date`);
  if (f.to) w.add(`occurred_on < ${w.param(nextMonthStart(f.to))}::date`);
  common(w, f);
  return w;
}

/** The audit log's filters as the address keeps them; dates are Beijing calendar days. */
export interface AuditFilter {
  actor?: string;
  action?: string;
  entity?: string;
  from?: string;
  to?: string;
}

const KEYS = ['actor', 'action', 'entity', 'from', 'to'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function auditFilterFromParams(params: URLSearchParams): AuditFilter {
  const filter: AuditFilter = {};
  for (const key of KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if ((key === 'from' || key === 'to') && !DATE.test(value)) continue;
    if (key === 'actor' && !UUID.test(value)) continue;
    filter[key] = value;
  }
  return filter;
}

export function auditFilterToParams(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key]?.trim();
    if (value) params.set(key, value);
  }
  return params;
}

/** The day after a calendar day: '2026-11-30' → '2026-12-01'. */
function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * The API's query: the days become instants in Beijing time, `to` taking in the whole day
 * (from 2026-11-01 to 2026-11-30 is 2026-11-01T00:00+08:00 up to, not including, 2026-12-01T00:00+08:00).
 */
export function auditApiParams(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.actor) params.set('actor', filter.actor);
  if (filter.action) params.set('action', filter.action);
  if (filter.entity) params.set('entity', filter.entity);
  if (filter.from) params.set('from', `${filter.from}T00:00:00+08:00`);
  if (filter.to) params.set('to', `${nextDay(filter.to)}T00:00:00+08:00`);
  return params;
}

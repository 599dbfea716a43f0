function toUtcDate(isoDate: string): Date | null {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** '2026-03-01' → "2026年3月1日" / "March 1, 2026". Calendar dates carry no time zone. */
export function formatIsoDate(isoDate: string, locale: string): string {
  const d = toUtcDate(isoDate);
  if (!d) return isoDate;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** '2018-01-01' → "2018年1月" / "Jan 2018": the precision a reported period has. */
export function formatIsoMonth(isoDate: string, locale: string): string {
  const d = toUtcDate(isoDate);
  if (!d) return isoDate;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(d);
}

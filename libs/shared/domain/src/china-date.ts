/** Calendar dates are kept as 'YYYY-MM-DD' strings in China Standard Time (UTC+8, no DST). */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The date in China on which an instant falls. */
export function chinaDate(at: Date = new Date()): IsoDate {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The accounting period (month) of a date: '2026-11-29' → '2026-11'. */
export function periodOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/**
 * An instant as Chinese buyers read it: in Beijing time whatever the device's zone, since
 * deadlines and shipping are the seller's. "2026年3月1日 16:00" / "Mar 1, 2026, 4:00 PM".
 */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(date);
}

// The API writes "shipped by <carrier> <tracking number>" when a parcel ships; its other reasons
// ("order placed", "payment pi_…") are notes for staff, in English, and say nothing a buyer needs.
const SHIPPED_BY = /^shipped by\s+(\S.*)$/i;

/** The carrier and tracking number an order history entry carries, else null. */
export function trackingFromReason(reason: string): string | null {
  const match = SHIPPED_BY.exec(reason.trim());
  return match ? match[1].trim() : null;
}

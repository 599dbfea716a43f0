/**
 * Which order lines count as consumption aid (消费帮扶) in the ledger, and with what amount
 * (DOMAIN.md, "What counts as an aid-linked sale"): only lines whose snapshot at sale said
 * aid-eligible; the sale at its line total; refunds as negative entries, net of what the ledger
 * already holds for the line, so a replayed event adds nothing.
 */

/** What the ledger needs from a bought line's snapshot. */
export interface AidLineSnapshot {
  lineId: string;
  aidEligible: boolean;
  quantity: number;
  lineTotalFen: number;
  /** what has been refunded on the line so far (order_lines.refunded_fen) */
  refundedFen: number;
}

/** What the ledger already holds for a line. */
export interface AidLineRecorded {
  /** a sale entry exists for the line */
  sold: boolean;
  /** sum of the line's refund entries, as a positive number of fen */
  refundedFen: number;
}

export interface AidLineEntry {
  lineId: string;
  /** positive for a sale, negative for a refund */
  amountFen: number;
  /** units: positive for a sale, negative when a refund completes the line, else 0 */
  quantity: number;
}

/** The ledger's source reference of a line's sale: one per line, ever. */
export const aidSaleRef = (lineId: string): string => `order-line:${lineId}:sale`;

/**
 * The source reference of the opening balance taken from the reported indicator `key` (DOMAIN.md
 * rule 7): once an entry has it, that indicator's value is fixed, since the ledger is append-only.
 */
export const aidOpeningRef = (indicatorKey: string): string => `opening:reported:${indicatorKey}`;

/**
 * The source reference of a refund entry: the refund event that brought it plus the line, so
 * the same event delivered twice hits the unique key and adds nothing.
 */
export const aidRefundRef = (eventId: string, lineId: string): string => `order-line:${lineId}:refund:event:${eventId}`;

/** Sale entries for a paid order: one per aid-eligible line, at its line total. */
export function aidSaleEntries(lines: readonly AidLineSnapshot[]): AidLineEntry[] {
  return lines.filter((l) => l.aidEligible && l.lineTotalFen > 0).map((l) => ({ lineId: l.lineId, amountFen: l.lineTotalFen, quantity: l.quantity }));
}

/**
 * Refund entries that bring the ledger in step with what the lines have had refunded: for each
 * eligible line with a sale in the ledger, the refunded amount not yet recorded, as a negative
 * entry. Lines that did not count at sale never count at refund.
 */
export function aidRefundEntries(lines: readonly AidLineSnapshot[], recorded: ReadonlyMap<string, AidLineRecorded>): AidLineEntry[] {
  const entries: AidLineEntry[] = [];
  for (const l of lines) {
    const r = recorded.get(l.lineId);
    if (!l.aidEligible || !r?.sold) continue;
    const target = Math.min(Math.max(l.refundedFen, 0), l.lineTotalFen);
    const delta = target - r.refundedFen;
    if (delta <= 0) continue;
    entries.push({ lineId: l.lineId, amountFen: -delta, quantity: target === l.lineTotalFen ? -l.quantity : 0 });
  }
  return entries;
}

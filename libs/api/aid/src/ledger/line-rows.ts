import type { AidLineSnapshot } from '@shanhai/shared/domain';

/** An order line as the ledger reads it (pg returns bigint columns as strings). */
export interface LineRow {
  id: string;
  aid_eligible: boolean;
  quantity: number;
  line_total_fen: string;
  refunded_fen: string;
  cooperative_id: string;
  township_slug: string;
  village_slug: string;
  category_slug: string;
  product_id: string;
}

/** The part of a line's snapshot the aid rule reads, amounts as safe integers of fen. */
export function toAidLine(row: LineRow): AidLineSnapshot {
  const fen = (v: string) => {
    const n = Number(v);
    if (!Number.isSafeInteger(n)) throw new RangeError(`amount out of range on line ${row.id}: ${v}`);
    return n;
  };
  return { lineId: row.id, aidEligible: row.aid_eligible === true, quantity: row.quantity, lineTotalFen: fen(row.line_total_fen), refundedFen: fen(row.refunded_fen) };
}

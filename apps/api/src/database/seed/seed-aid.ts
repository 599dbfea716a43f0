import type { QueryRunner } from 'typeorm';

/** The reported indicator that opens the aid ledger, and the ledger's reference for it. */
export const OPENING_INDICATOR_KEY = 'aid_sales_fen';
export const OPENING_SOURCE_REF = `opening:reported:${OPENING_INDICATOR_KEY}`;

/**
 * Writes the aid ledger's opening balance from the reported indicator (DOMAIN.md rule 7): the
 * article's 52,073,900.00 yuan, dated at the end of its period, in the `reported` channel.
 * Idempotent on the source reference; returns 1 when the entry was added. The ledger is
 * append-only, so a later change of the indicator is corrected by an adjustment, not here.
 */
export async function seedAidOpeningBalance(qr: QueryRunner): Promise<number> {
  const rows: { id: string }[] = await qr.query(
    `INSERT INTO aid_ledger_entries (kind, occurred_on, period, channel, quantity, amount_fen, source_ref, reason)
     SELECT 'opening_balance', period_end, to_char(period_end, 'YYYY-MM'), 'reported', 0, round(value)::bigint, $2,
            'reported ' || period_start || ' to ' || period_end || ': ' || source
     FROM reported_indicators WHERE key = $1
     ON CONFLICT (source_ref) DO NOTHING RETURNING id`,
    [OPENING_INDICATOR_KEY, OPENING_SOURCE_REF],
  );
  return rows.length;
}

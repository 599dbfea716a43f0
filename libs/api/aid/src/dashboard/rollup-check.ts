import { q } from '@shanhai/api/platform';
import type { AidRollupCheckDto } from '@shanhai/shared/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { NO_COOPERATIVE } from '../entities/aid-rollup.entity';
import { ROLLUP_CHECK_LIMIT } from './rollup-check-report';

/**
 * Compares the rollups with a GROUP BY over the raw ledger, key by key (amount, quantity and
 * number of entries), and lists the keys that differ as `period|channel|kind|category|township|
 * village|cooperative`. The API's `GET /api/aid/check` and the CLI's `aid-rollup-check` both
 * answer with this. It scans the whole ledger: an operator's check, not a dashboard read.
 */
export async function checkAidRollups(db: DataSource | EntityManager): Promise<AidRollupCheckDto> {
  const rows = await q<{ key: string; rollup_fen: string | null; ledger_fen: string | null }>(
    db,
    `WITH ledger AS (
       SELECT period, channel, kind, coalesce(category_slug, '') AS category_slug, coalesce(township_slug, '') AS township_slug,
              coalesce(village_slug, '') AS village_slug, coalesce(cooperative_id, '${NO_COOPERATIVE}'::uuid) AS cooperative_id,
              sum(amount_fen) AS amount_fen, sum(quantity) AS quantity, count(*) AS entries
       FROM aid_ledger_entries GROUP BY 1, 2, 3, 4, 5, 6, 7)
     SELECT concat_ws('|', coalesce(l.period, r.period), coalesce(l.channel, r.channel), coalesce(l.kind, r.kind), coalesce(l.category_slug, r.category_slug),
              coalesce(l.township_slug, r.township_slug), coalesce(l.village_slug, r.village_slug), coalesce(l.cooperative_id, r.cooperative_id)) AS key,
            r.amount_fen AS rollup_fen, l.amount_fen AS ledger_fen
     FROM ledger l FULL JOIN aid_rollups r USING (period, channel, kind, category_slug, township_slug, village_slug, cooperative_id)
     WHERE l.amount_fen IS DISTINCT FROM r.amount_fen OR l.quantity IS DISTINCT FROM r.quantity OR l.entries IS DISTINCT FROM r.entries
     ORDER BY 1 LIMIT ${ROLLUP_CHECK_LIMIT}`,
  );
  const [{ n }] = await q<{ n: string }>(db, 'SELECT count(*) AS n FROM aid_ledger_entries');
  return {
    ok: rows.length === 0,
    ledgerEntries: Number(n),
    mismatches: rows.map((r) => ({
      key: r.key,
      rollupFen: r.rollup_fen === null ? null : Number(r.rollup_fen),
      ledgerFen: r.ledger_fen === null ? null : Number(r.ledger_fen),
    })),
  };
}

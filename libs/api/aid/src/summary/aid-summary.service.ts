import { Injectable } from '@nestjs/common';
import { q } from '@shanhai/api/platform';
import type { AidCategoryAmount, AidChannel, AidPublicSummaryDto, AidRollupCheckDto, AidSummaryDto } from '@shanhai/shared/contracts';
import { DataSource } from 'typeorm';
import { checkAidRollups } from '../dashboard/rollup-check';

/** The reported indicators the summaries show beside the ledger. */
const REPORTED_HOUSEHOLDS_KEY = 'households_lifted';

/**
 * Aid-linked sales as officials report them: the reported opening balance and what was recorded
 * since, each apart and together. Amounts come from the rollups only, never a scan of the ledger.
 */
@Injectable()
export class AidSummaryService {
  constructor(private readonly db: DataSource) {}

  async summary(): Promise<AidSummaryDto> {
    const [totals, byChannel, byPeriod, byCategory, reportedHouseholds, linked, targetFen] = await Promise.all([
      this.totals(),
      q<{ channel: AidChannel; amount_fen: string }>(this.db, 'SELECT channel, sum(amount_fen) AS amount_fen FROM aid_rollups GROUP BY channel ORDER BY channel'),
      q<{ period: string; amount_fen: string }>(this.db, 'SELECT period, sum(amount_fen) AS amount_fen FROM aid_rollups GROUP BY period ORDER BY period'),
      this.byCategory(),
      this.reportedHouseholds(),
      this.linked(),
      this.targetFen(),
    ]);
    return {
      ...totals,
      targetFen,
      ...linked,
      reportedHouseholds,
      byChannel: byChannel.map((r) => ({ channel: r.channel, amountFen: Number(r.amount_fen) })),
      byPeriod: byPeriod.map((r) => ({ period: r.period, amountFen: Number(r.amount_fen) })),
      byCategory,
    };
  }

  /** Aggregates only: no household, person, cooperative or order appears here. */
  async publicSummary(): Promise<AidPublicSummaryDto> {
    const [totals, byCategory, reportedHouseholds, linked] = await Promise.all([this.totals(), this.byCategory(), this.reportedHouseholds(), this.linked()]);
    return { ...totals, reportedHouseholds, ...linked, byCategory };
  }

  /** Compares the rollups with a GROUP BY over the raw ledger, key by key. */
  check(): Promise<AidRollupCheckDto> {
    return checkAidRollups(this.db);
  }

  private async totals(): Promise<{ reportedFen: number; recordedFen: number; totalFen: number }> {
    const [row] = await q<{ reported_fen: string; recorded_fen: string }>(
      this.db,
      `SELECT coalesce(sum(amount_fen) FILTER (WHERE kind = 'opening_balance'), 0) AS reported_fen,
              coalesce(sum(amount_fen) FILTER (WHERE kind <> 'opening_balance'), 0) AS recorded_fen
       FROM aid_rollups`,
    );
    const reportedFen = Number(row.reported_fen);
    const recordedFen = Number(row.recorded_fen);
    return { reportedFen, recordedFen, totalFen: reportedFen + recordedFen };
  }

  /** Recorded sales per category (the opening balance has none). */
  private async byCategory(): Promise<AidCategoryAmount[]> {
    const rows = await q<{ category_slug: string; amount_fen: string }>(
      this.db,
      // entries without a category (adjustments, some offline sales) form their own row, so the
      // breakdown always adds up to what was recorded
      `SELECT category_slug, sum(amount_fen) AS amount_fen FROM aid_rollups
       WHERE kind <> 'opening_balance' GROUP BY category_slug ORDER BY category_slug = '', category_slug`,
    );
    return rows.map((r) => ({ categorySlug: r.category_slug || null, amountFen: Number(r.amount_fen) }));
  }

  /** Households linked to a benefit mechanism and their persons, as two counts; null when none is recorded. */
  private async linked(): Promise<{ householdsLinked: number | null; personsLinked: number | null }> {
    const [row] = await q<{ households: number; persons: string | null }>(
      this.db,
      `SELECT count(*)::int AS households, sum(persons) AS persons FROM aid_households h
       WHERE EXISTS (SELECT 1 FROM aid_household_mechanisms m WHERE m.household_id = h.id)`,
    );
    if (row.households === 0) return { householdsLinked: null, personsLinked: null };
    return { householdsLinked: row.households, personsLinked: Number(row.persons) };
  }

  /** The money target with the latest period end: what the sales are measured against. */
  private async targetFen(): Promise<number | null> {
    const [row] = await q<{ value: string }>(
      this.db,
      `SELECT value FROM reported_indicators WHERE kind = 'target' AND unit = 'fen' ORDER BY period_end DESC, period_start DESC, key LIMIT 1`,
    );
    return row ? Number(row.value) : null;
  }

  private async reportedHouseholds(): Promise<number | null> {
    const [row] = await q<{ value: string }>(this.db, `SELECT value FROM reported_indicators WHERE key = $1 AND kind = 'reported'`, [REPORTED_HOUSEHOLDS_KEY]);
    return row ? Number(row.value) : null;
  }
}

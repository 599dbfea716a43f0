import { Injectable } from '@nestjs/common';
import { ApiException, q, sqlRows } from '@shanhai/api/platform';
import {
  ErrorCode,
  type AidBreakdownRow,
  type AidBreakdownsDto,
  type AidChannel,
  type AidEntriesPageDto,
  type AidEntriesQuery,
  type AidEntryDto,
  type AidEntryKind,
  type AidFilter,
} from '@shanhai/shared/contracts';
import { DataSource } from 'typeorm';
import { NO_COOPERATIVE } from '../entities/aid-rollup.entity';
import { ledgerWhere, rollupWhere, type ResolvedAidFilter } from './aid-filter.sql';

type Dimension = 'period' | 'channel' | 'category' | 'township' | 'village' | 'cooperative';

interface BreakdownSqlRow {
  dim: Dimension | 'total';
  key: string;
  name_zh: string | null;
  name_en: string | null;
  amount_fen: string | null;
  quantity: string | null;
  entries: string | null;
}

interface EntrySqlRow {
  id: string;
  kind: AidEntryKind;
  occurred_on: string;
  period: string;
  channel: AidChannel;
  cooperative_id: string | null;
  cooperative_name_zh: string | null;
  cooperative_name_en: string | null;
  township_slug: string | null;
  village_slug: string | null;
  category_slug: string | null;
  product_id: string | null;
  quantity: number;
  amount_fen: string;
  source_ref: string;
  reason: string | null;
  created_at: Date;
}

/** The dashboard's chart of cooperatives shows the largest few; exports show them all. */
export const TOP_COOPERATIVES = 20;

const ENTRY_COLUMNS = `e.id, e.kind, e.occurred_on::text AS occurred_on, e.period, e.channel, e.cooperative_id,
  co.name_zh AS cooperative_name_zh, co.name_en AS cooperative_name_en, e.township_slug, e.village_slug, e.category_slug,
  e.product_id, e.quantity, e.amount_fen, e.source_ref, e.reason, e.created_at`;

// Newest first: by day (imports may bring older days later), then by entry. The inner query
// picks the page's entries on the ledger's indexes; names are joined to those rows only. Ledger
// reads are unnamed statements, planned for their values each time: a prepared statement's
// generic plan would walk the day index for a channel or township that has almost no entries.
const NEWEST_FIRST = 'ORDER BY occurred_on DESC, id DESC';
const NEWEST_FIRST_E = 'ORDER BY e.occurred_on DESC, e.id DESC';

const toEntry = (r: EntrySqlRow): AidEntryDto => ({
  id: r.id,
  kind: r.kind,
  occurredOn: r.occurred_on,
  period: r.period,
  channel: r.channel,
  cooperativeId: r.cooperative_id,
  cooperativeName:
    r.cooperative_name_zh === null ? null : { zh: r.cooperative_name_zh, en: r.cooperative_name_en ?? '' },
  townshipSlug: r.township_slug,
  villageSlug: r.village_slug,
  categorySlug: r.category_slug,
  productId: r.product_id,
  quantity: r.quantity,
  amountFen: Number(r.amount_fen),
  sourceRef: r.source_ref,
  reason: r.reason,
  createdAt: new Date(r.created_at).toISOString(),
});

/**
 * The admin dashboard's figures under a filter: breakdowns read the rollups only (a few thousand
 * rows however long the ledger grows); the drill-down reads ledger entries a page at a time, with
 * its total and sum taken from the same rollups.
 */
@Injectable()
export class AidDashboardService {
  constructor(private readonly db: DataSource) {}

  /**
   * Every breakdown in one statement (GROUPING SETS over the filtered rollups, names joined to
   * the few result rows). `cooperatives` caps the cooperative rows, largest first.
   */
  async breakdowns(filter: AidFilter, cooperatives: number = TOP_COOPERATIVES): Promise<AidBreakdownsDto> {
    const resolved = await this.resolve(filter);
    const { where, values } = rollupWhere(resolved);
    const rows = await q<BreakdownSqlRow>(
      this.db,
      `WITH g AS (
         SELECT CASE WHEN GROUPING(period) = 0 THEN 'period' WHEN GROUPING(channel) = 0 THEN 'channel'
                     WHEN GROUPING(category_slug) = 0 THEN 'category' WHEN GROUPING(township_slug) = 0 THEN 'township'
                     WHEN GROUPING(village_slug) = 0 THEN 'village' WHEN GROUPING(cooperative_id) = 0 THEN 'cooperative' ELSE 'total' END AS dim,
                CASE WHEN GROUPING(period) = 0 THEN period::text WHEN GROUPING(channel) = 0 THEN channel::text
                     WHEN GROUPING(category_slug) = 0 THEN category_slug WHEN GROUPING(township_slug) = 0 THEN township_slug
                     WHEN GROUPING(village_slug) = 0 THEN village_slug
                     WHEN GROUPING(cooperative_id) = 0 AND cooperative_id <> '${NO_COOPERATIVE}' THEN cooperative_id::text ELSE '' END AS key,
                CASE WHEN GROUPING(cooperative_id) = 0 AND cooperative_id <> '${NO_COOPERATIVE}' THEN cooperative_id END AS coop_id,
                sum(amount_fen) AS amount_fen, sum(quantity) AS quantity, sum(entries) AS entries
         FROM aid_rollups WHERE ${where}
         GROUP BY GROUPING SETS ((period), (channel), (category_slug), (township_slug), (village_slug), (cooperative_id), ()))
       SELECT g.dim, coalesce(co.slug, g.key) AS key, coalesce(c.name_zh, t.name_zh, v.name_zh, co.name_zh) AS name_zh,
              coalesce(c.name_en, t.name_en, v.name_en, co.name_en) AS name_en, g.amount_fen, g.quantity, g.entries
       FROM g
       LEFT JOIN categories c ON g.dim = 'category' AND c.slug = g.key
       LEFT JOIN townships t ON g.dim = 'township' AND t.slug = g.key
       LEFT JOIN villages v ON g.dim = 'village' AND v.slug = g.key
       LEFT JOIN cooperatives co ON co.id = g.coop_id
       ORDER BY g.dim, CASE WHEN g.dim = 'period' THEN g.key END, g.amount_fen DESC, 2`,
      values,
    );
    const by = (dim: Dimension): AidBreakdownRow[] =>
      rows
        .filter((r) => r.dim === dim)
        .map((r) => ({
          key: r.key,
          name: r.name_zh === null ? null : { zh: r.name_zh, en: r.name_en ?? '' },
          amountFen: Number(r.amount_fen ?? 0),
          quantity: Number(r.quantity ?? 0),
          entries: Number(r.entries ?? 0),
        }));
    const total = rows.find((r) => r.dim === 'total');
    return {
      filter,
      recordedFen: Number(total?.amount_fen ?? 0),
      byPeriod: by('period'),
      byChannel: by('channel'),
      byCategory: by('category'),
      byTownship: by('township'),
      byVillage: by('village'),
      byCooperative: by('cooperative').slice(0, cooperatives),
    };
  }

  /** One page of the matching entries, newest first; the total and the sum come from the rollups. */
  async entries(query: AidEntriesQuery): Promise<AidEntriesPageDto> {
    const { page, pageSize, kind, ...filter } = query;
    const resolved = { ...(await this.resolve(filter)), kind };
    const ledger = ledgerWhere(resolved);
    const limit = ledger.param(pageSize);
    const offset = ledger.param((page - 1) * pageSize);
    const rollups = rollupWhere(resolved);
    const [rows, [totals]] = await Promise.all([
      // the page's ids first, on an index alone where the filter allows (the ledger's indexes end
      // in kind), then their columns: skipping a deep offset then reads no table rows
      sqlRows<EntrySqlRow>(
        this.db,
        `SELECT ${ENTRY_COLUMNS}
         FROM (SELECT id, occurred_on FROM aid_ledger_entries WHERE ${ledger.where} ${NEWEST_FIRST} LIMIT ${limit} OFFSET ${offset}) page
         JOIN aid_ledger_entries e ON e.id = page.id
         LEFT JOIN cooperatives co ON co.id = e.cooperative_id
         ${NEWEST_FIRST_E}`,
        ledger.values,
      ),
      q<{ total: string; amount_fen: string }>(
        this.db,
        `SELECT coalesce(sum(entries), 0) AS total, coalesce(sum(amount_fen), 0) AS amount_fen FROM aid_rollups WHERE ${rollups.where}`,
        rollups.values,
      ),
    ]);
    return {
      entries: rows.map(toEntry),
      total: Number(totals.total),
      amountFen: Number(totals.amount_fen),
      page,
      pageSize,
    };
  }

  /**
   * Every matching entry, newest first, `batchSize` at a time by keyset (after the last day and id
   * seen), so an export of a million entries holds one batch in memory and no connection between
   * batches. Entries written while it runs may or may not appear; none appears twice.
   */
  async *entryBatches(filter: ResolvedAidFilter, batchSize = 2000): AsyncGenerator<AidEntryDto[]> {
    let after: { day: string; id: string } | null = null;
    for (;;) {
      const w = ledgerWhere(filter);
      const cursor: string = after
        ? ` AND (occurred_on, id) < (${w.param(after.day)}::date, ${w.param(after.id)}::bigint)`
        : '';
      const limit = w.param(batchSize);
      const rows = await sqlRows<EntrySqlRow>(
        this.db,
        `SELECT ${ENTRY_COLUMNS}
         FROM (SELECT * FROM aid_ledger_entries WHERE ${w.where}${cursor} ${NEWEST_FIRST} LIMIT ${limit}) e
         LEFT JOIN cooperatives co ON co.id = e.cooperative_id
         ${NEWEST_FIRST_E}`,
        w.values,
      );
      if (rows.length) yield rows.map(toEntry);
      if (rows.length < batchSize) return;
      const last = rows[rows.length - 1];
      after = { day: last.occurred_on, id: last.id };
    }
  }

  /**
   * Checks that the filter's slugs name a real category, township, village and cooperative, and
   * turns the cooperative's slug into its id (the ledger's key). An unknown slug is a 400 with
   * its field, not an empty answer: a mistyped link must not read as "no sales".
   */
  async resolve(filter: AidFilter): Promise<ResolvedAidFilter> {
    const { cooperative, ...rest } = filter;
    if (!rest.category && !rest.township && !rest.village && !cooperative) return rest;
    const [found] = await q<{
      category: boolean;
      township: boolean;
      village: boolean;
      cooperative_id: string | null;
    }>(
      this.db,
      `SELECT ($1::text IS NULL OR EXISTS (SELECT 1 FROM categories WHERE slug = $1)) AS category,
              ($2::text IS NULL OR EXISTS (SELECT 1 FROM townships WHERE slug = $2)) AS township,
              ($3::text IS NULL OR EXISTS (SELECT 1 FROM villages WHERE slug = $3)) AS village,
              (SELECT id FROM cooperatives WHERE slug = $4) AS cooperative_id`,
      [rest.category ?? null, rest.township ?? null, rest.village ?? null, cooperative ?? null],
    );
    const fields: Record<string, string[]> = {};
    if (!found.category) fields['category'] = ['is not a known category'];
    if (!found.township) fields['township'] = ['is not a known township'];
    if (!found.village) fields['village'] = ['is not a known village'];
    if (cooperative && !found.cooperative_id) fields['cooperative'] = ['is not a known cooperative'];
    if (Object.keys(fields).length) {
      throw new ApiException(
        400,
        ErrorCode.ValidationFailed,
        `Invalid request — ${Object.entries(fields)
          .map(([k, m]) => `${k}: ${m.join(', ')}`)
          .join('; ')}`,
        fields,
      );
    }
    return found.cooperative_id ? { ...rest, cooperativeId: found.cooperative_id } : rest;
  }
}

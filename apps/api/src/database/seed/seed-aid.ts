import { aidOpeningRef, dividendFen } from '@shanhai/shared/domain';
import type { QueryRunner } from 'typeorm';
import { DEMO_TOWNSHIPS } from './demo-catalog';

/** The reported indicator that opens the aid ledger, and the ledger's reference for it. */
export const OPENING_INDICATOR_KEY = 'aid_sales_fen';
export const OPENING_SOURCE_REF = aidOpeningRef(OPENING_INDICATOR_KEY);

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

// ---------------------------------------------------------------- households and the fungi park dividend

/** The article's fungi park: a fixed 8 % a year on 20 million yuan, shared by 970 households (3,145 people). */
export const DEMO_FUNGI_PARK = {
  cooperativeSlug: 'langdong-fungi-park',
  townshipSlug: 'langdong',
  households: 970,
  persons: 3145,
  investmentFen: 2_000_000_000,
  rateBasisPoints: 800,
  /** the dividend as the article reported it, at the June 2020 visit */
  year: 2020,
  codePrefix: 'LD',
} as const;

export interface DemoHousehold {
  code: string;
  villageSlug: string;
  persons: number;
}

/** A small deterministic generator (mulberry32), so every seed run invents the same households. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The fungi park's households as the article counts them: 970 pseudonymous codes (LD-0001 …)
 * with 3,145 persons in all, of 1 to 8 persons each, spread over the demo villages of 浪洞镇.
 * Invented but deterministic: the article gives only the totals (and 11 villages, none named).
 */
export function demoHouseholds(): DemoHousehold[] {
  const { households, persons, codePrefix, townshipSlug } = DEMO_FUNGI_PARK;
  const villages = DEMO_TOWNSHIPS.find((t) => t.slug === townshipSlug)?.villages.map((v) => v.slug) ?? [];
  if (!villages.length) throw new Error(`demo data has no villages in ${townshipSlug}`);
  const next = random(20_200_608);
  const pick = (n: number) => Math.floor(next() * n);
  const sizes: number[] = Array.from({ length: households }, () => 3);
  // move persons between households (the total stays), then add the rest one at a time
  for (let i = 0; i < households; i++) {
    const a = pick(households);
    const b = pick(households);
    if (a !== b && sizes[a] < 8 && sizes[b] > 1) {
      sizes[a]++;
      sizes[b]--;
    }
  }
  let total = sizes.reduce((t, n) => t + n, 0);
  while (total < persons) {
    const a = pick(households);
    if (sizes[a] < 8) {
      sizes[a]++;
      total++;
    }
  }
  return sizes.map((n, i) => ({
    code: `${codePrefix}-${String(i + 1).padStart(4, '0')}`,
    villageSlug: villages[pick(villages.length)],
    persons: n,
  }));
}

/** A target to measure aid-linked sales against; invented, and labelled so everywhere it shows. */
export const DEMO_TARGET = {
  key: 'aid_sales_target_fen',
  labelZh: '消费帮扶销售目标（演示值）',
  labelEn: 'Aid-linked sales target (demo value)',
  value: 6_000_000_000,
  unit: 'fen',
  noteZh: '演示值：为演示而设定的目标，并非报道或任何部门公布的数字。',
  noteEn: 'A demo value set for demonstration only; neither the article nor any office reported it.',
  periodStart: '2020-07-01',
  periodEnd: '2026-12-31',
  source: 'demo target',
} as const;

export interface SeedAidBenefitCounts {
  households: number;
  payouts: number;
  targets: number;
}

/**
 * The fungi park's households linked to its dividend, the dividend paid for the year, and the
 * demo target. Idempotent: households are keyed by code, the payout by cooperative, mechanism
 * and year, the target by its key; only missing rows are added, and mechanisms only for
 * households added now (an admin's later change of a household is never undone).
 */
export async function seedAidBenefit(qr: QueryRunner): Promise<SeedAidBenefitCounts> {
  const park = DEMO_FUNGI_PARK;
  const [coop]: { id: string; dividend: boolean }[] = await qr.query(
    `SELECT id, EXISTS (SELECT 1 FROM benefit_mechanisms b WHERE b.cooperative_id = c.id AND b.type = 'dividend') AS dividend
     FROM cooperatives c WHERE slug = $1`,
    [park.cooperativeSlug],
  );
  if (!coop?.dividend) throw new Error(`demo data lacks ${park.cooperativeSlug} or its dividend mechanism`);
  const list = demoHouseholds();
  const added: { id: string }[] = await qr.query(
    `INSERT INTO aid_households (code, cooperative_id, village_id, persons)
     SELECT d.code, $4, v.id, d.persons
     FROM unnest($1::text[], $2::text[], $3::int[]) AS d(code, village_slug, persons) JOIN villages v ON v.slug = d.village_slug
     ON CONFLICT (code) DO NOTHING RETURNING id`,
    [list.map((h) => h.code), list.map((h) => h.villageSlug), list.map((h) => h.persons), coop.id],
  );
  if (added.length) {
    await qr.query(
      `INSERT INTO aid_household_mechanisms (household_id, type) SELECT unnest($1::uuid[]), 'dividend'`,
      [added.map((r) => r.id)],
    );
  }
  const payouts: { id: string }[] = await qr.query(
    `INSERT INTO aid_benefit_payouts (cooperative_id, type, year, investment_fen, rate_basis_points, amount_fen)
     VALUES ($1, 'dividend', $2, $3, $4, $5) ON CONFLICT (cooperative_id, type, year) DO NOTHING RETURNING id`,
    [
      coop.id,
      park.year,
      park.investmentFen,
      park.rateBasisPoints,
      dividendFen(park.investmentFen, park.rateBasisPoints),
    ],
  );
  const t = DEMO_TARGET;
  const targets: { id: string }[] = await qr.query(
    `INSERT INTO reported_indicators (key, kind, label_zh, label_en, value, unit, note_zh, note_en, period_start, period_end, source, sort_order)
     SELECT $1, 'target', $2, $3, $4, $5, $6, $7, $8, $9, $10, coalesce(max(sort_order), 0) + 10 FROM reported_indicators
     ON CONFLICT (key) DO NOTHING RETURNING id`,
    [t.key, t.labelZh, t.labelEn, t.value, t.unit, t.noteZh, t.noteEn, t.periodStart, t.periodEnd, t.source],
  );
  return { households: added.length, payouts: payouts.length, targets: targets.length };
}

/** The months of invented offline sales the demo records (fixed, so a later start adds nothing). */
export const DEMO_OFFLINE_SALES = {
  from: '2026-01-20',
  to: '2026-10-20',
  reason: '演示数据 · demo data, invented',
} as const;

/**
 * Invented offline sales for the demo dashboard: one entry a month per demo product of an approved
 * demo cooperative, from January to October 2026, in the channel that would sell it (Miao silver
 * through the 苗银世家生活馆 shop, everything else through the 凤凰上山 exhibition centre), with
 * amounts derived from the product and month so every seed writes the same figures. Each entry's
 * reason says it is demo data. Idempotent on the source reference; months an admin has closed are
 * skipped rather than refused, so a start on a database with closed periods still succeeds.
 */
export async function seedAidDemoOfflineSales(qr: QueryRunner): Promise<number> {
  const rows: { id: string }[] = await qr.query(
    `WITH sale AS (
       SELECT d::date AS occurred_on, p.id AS product_id, p.slug AS product_slug, c.id AS cooperative_id,
              v.slug AS village_slug, t.slug AS township_slug, cat.slug AS category_slug,
              CASE WHEN cat.slug = 'silver' THEN 'miao_silver_shop' ELSE 'exhibition_centre' END AS channel,
              -- 2,000–12,000 yuan a product and month, and a quantity
              200000 + abs(hashtext(p.slug || d::date::text)) % 1000000 AS amount_fen,
              4 + abs(hashtext(d::date::text || p.slug)) % 60 AS quantity
       FROM generate_series($1::date, $2::date, interval '1 month') AS d
       CROSS JOIN products p
       JOIN cooperatives c ON c.id = p.cooperative_id AND c.demo AND c.status = 'approved'
       JOIN categories cat ON cat.id = p.category_id
       JOIN villages v ON v.id = p.village_id
       JOIN townships t ON t.id = v.township_id
       WHERE p.demo AND p.status = 'active')
     INSERT INTO aid_ledger_entries (kind, occurred_on, period, channel, cooperative_id, township_slug, village_slug, category_slug,
                                     product_id, quantity, amount_fen, source_ref, reason)
     SELECT 'offline_sale', s.occurred_on, to_char(s.occurred_on, 'YYYY-MM'), s.channel, s.cooperative_id, s.township_slug,
            s.village_slug, s.category_slug, s.product_id, s.quantity, s.amount_fen,
            'demo:' || s.channel || ':' || to_char(s.occurred_on, 'YYYY-MM') || ':' || s.product_slug, $3
     FROM sale s
     WHERE NOT EXISTS (SELECT 1 FROM aid_periods ap WHERE ap.period = to_char(s.occurred_on, 'YYYY-MM'))
       AND NOT EXISTS (SELECT 1 FROM aid_ledger_entries e
                       WHERE e.source_ref = 'demo:' || s.channel || ':' || to_char(s.occurred_on, 'YYYY-MM') || ':' || s.product_slug)
     ORDER BY s.occurred_on, s.product_slug
     ON CONFLICT (source_ref) DO NOTHING RETURNING id`,
    [DEMO_OFFLINE_SALES.from, DEMO_OFFLINE_SALES.to, DEMO_OFFLINE_SALES.reason],
  );
  return rows.length;
}

import { z } from 'zod';
import { AidChannels, AidEntryKinds, type AidChannel, type AidEntryKind } from './aid';
import type { LocalizedText } from './i18n';

const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
const slug = z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters');

const FILTER_FIELDS = {
  from: z.string().regex(MONTH, 'must be a month as YYYY-MM').optional(),
  to: z.string().regex(MONTH, 'must be a month as YYYY-MM').optional(),
  channel: z.enum(AidChannels, { error: `must be one of ${AidChannels.join(', ')}` }).optional(),
  category: slug.optional(),
  township: slug.optional(),
  village: slug.optional(),
  cooperative: slug.optional(),
};

/**
 * Filters every dashboard view, drill-down and export accepts (query string). Periods are
 * inclusive accounting months; the others are slugs, and a slug that names nothing is refused
 * (400 with the field), so a typo never reads as "no sales". The headline reported figures are
 * never filtered: they are the article's; `recordedFen` and the breakdowns are.
 */
export const AidFilterSchema = z
  .strictObject(FILTER_FIELDS)
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'must not be after to', path: ['from'] });
export type AidFilter = z.output<typeof AidFilterSchema>;

/** The breakdowns the dashboard draws; each is also an export view. */
export const AidViews = ['period', 'channel', 'category', 'township', 'village', 'cooperative', 'entries'] as const;
export type AidView = (typeof AidViews)[number];

export const AidExportFormats = ['csv', 'xlsx'] as const;
export type AidExportFormat = (typeof AidExportFormats)[number];

/** `GET /api/aid/export`: one view, filtered, as a file (UTF-8 CSV with a BOM for Excel, or XLSX). */
export const AidExportQuerySchema = z.intersection(
  AidFilterSchema,
  // strict on both sides: an intersection refuses only keys neither side knows, so a loose side
  // would let a misspelt filter (?cooprative=…) through and answer with unfiltered figures
  z.strictObject({
    view: z.enum(AidViews, { error: `must be one of ${AidViews.join(', ')}` }),
    format: z.enum(AidExportFormats, { error: 'must be csv or xlsx' }).default('csv'),
  }),
);
export type AidExportQuery = z.output<typeof AidExportQuerySchema>;

/**
 * One row of a breakdown: a key, its name, its sums. The key is what the filter of the same name
 * takes (a period, a channel, a category/township/village/cooperative slug), so a chart's bar
 * drills down by itself; it is '' for entries without one (an adjustment with no category).
 */
export interface AidBreakdownRow {
  key: string;
  /** null for keys with no name (a period, a channel: the web names those itself; '' keys) */
  name: LocalizedText | null;
  amountFen: number;
  quantity: number;
  entries: number;
}

/**
 * `GET /api/aid/breakdowns` (admin): every breakdown at once, from the rollups, under one filter.
 * The reported opening balance is in none of them (the summary shows it as `reportedFen`), so
 * every breakdown adds up to `recordedFen`. Periods ascend; the other rows are largest first.
 */
export interface AidBreakdownsDto {
  filter: AidFilter;
  /** sum of every matching entry except the opening balance */
  recordedFen: number;
  byPeriod: AidBreakdownRow[];
  byChannel: AidBreakdownRow[];
  byCategory: AidBreakdownRow[];
  byTownship: AidBreakdownRow[];
  byVillage: AidBreakdownRow[];
  /** largest first; at most 20 */
  byCooperative: AidBreakdownRow[];
}

/**
 * `GET /api/aid/entries` (admin): the ledger entries behind a figure, newest first (by day, then
 * by entry). Without `kind`, every kind but the opening balance, as in the breakdowns.
 */
export const AidEntriesQuerySchema = z.intersection(
  AidFilterSchema,
  z.strictObject({
    kind: z.enum(AidEntryKinds, { error: `must be one of ${AidEntryKinds.join(', ')}` }).optional(),
    page: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').default(1),
    pageSize: z.coerce
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(200, 'must be at most 200')
      .default(50),
  }),
);
export type AidEntriesQuery = z.output<typeof AidEntriesQuerySchema>;

export interface AidEntryDto {
  id: string;
  kind: AidEntryKind;
  occurredOn: string;
  period: string;
  channel: AidChannel;
  cooperativeId: string | null;
  cooperativeName: LocalizedText | null;
  townshipSlug: string | null;
  villageSlug: string | null;
  categorySlug: string | null;
  productId: string | null;
  quantity: number;
  amountFen: number;
  sourceRef: string;
  reason: string | null;
  createdAt: string;
}

export interface AidEntriesPageDto {
  entries: AidEntryDto[];
  total: number;
  /** sum of amountFen over every matching entry (all pages) */
  amountFen: number;
  page: number;
  pageSize: number;
}

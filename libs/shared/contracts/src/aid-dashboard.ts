import { z } from 'zod';
import { AidChannels, type AidChannel, type AidEntryKind } from './aid';
import type { LocalizedText } from './i18n';

const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
const slug = z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters');

/**
 * Filters every dashboard view, drill-down and export accepts (query string). Periods are
 * inclusive accounting months. The headline reported figures are never filtered: they are the
 * article's; `recordedFen` and the breakdowns are.
 */
export const AidFilterSchema = z
  .strictObject({
    from: z.string().regex(MONTH, 'must be a month as YYYY-MM').optional(),
    to: z.string().regex(MONTH, 'must be a month as YYYY-MM').optional(),
    channel: z.enum(AidChannels, { error: `must be one of ${AidChannels.join(', ')}` }).optional(),
    category: slug.optional(),
    township: slug.optional(),
    village: slug.optional(),
    cooperative: slug.optional(),
  })
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
  z.object({
    view: z.enum(AidViews, { error: `must be one of ${AidViews.join(', ')}` }),
    format: z.enum(AidExportFormats, { error: 'must be csv or xlsx' }).default('csv'),
  }),
);
export type AidExportQuery = z.output<typeof AidExportQuerySchema>;

/** One row of a breakdown: a key (slug, period, channel or cooperative id), its name, its sum. */
export interface AidBreakdownRow {
  key: string;
  /** null for keys with no name (a period, a channel: the web names those itself; entries without a township) */
  name: LocalizedText | null;
  amountFen: number;
  quantity: number;
  entries: number;
}

/** `GET /api/aid/breakdowns` (admin): every breakdown at once, from the rollups, under one filter. */
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

/** `GET /api/aid/entries` (admin): the ledger entries behind a figure, newest first. */
export const AidEntriesQuerySchema = z.intersection(
  AidFilterSchema,
  z.object({
    kind: z.enum(['sale', 'refund', 'offline_sale', 'opening_balance', 'adjustment']).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
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

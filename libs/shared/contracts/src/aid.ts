import { z } from 'zod';

/** Kinds of entry in the consumption-aid ledger (消费帮扶台账). */
export const AidEntryKinds = ['sale', 'refund', 'offline_sale', 'opening_balance', 'adjustment'] as const;
export type AidEntryKind = (typeof AidEntryKinds)[number];

/**
 * Channels are kept apart (DOMAIN.md rule 5); `reported` holds figures reported by an outside
 * source (the opening balance), which belong to no sales channel.
 */
export const AidChannels = ['online', 'exhibition_centre', 'miao_silver_shop', 'institutional', 'reported'] as const;
export type AidChannel = (typeof AidChannels)[number];

export interface AidChannelAmount {
  channel: AidChannel;
  amountFen: number;
}

export interface AidPeriodAmount {
  /** 'YYYY-MM' */
  period: string;
  amountFen: number;
}

export interface AidCategoryAmount {
  /** null for entries without a category (adjustments, some offline sales) */
  categorySlug: string | null;
  amountFen: number;
}

/** The admin's view of aid-linked sales: reported opening balance plus what was recorded since. */
export interface AidSummaryDto {
  /** the reported opening balance (the article's 52,073,900.00 yuan) */
  reportedFen: number;
  /** net of refunds, every entry but the opening balance */
  recordedFen: number;
  /** reportedFen + recordedFen */
  totalFen: number;
  /** the target in fen with the latest period end (null when none is recorded) */
  targetFen: number | null;
  /** distinct households linked to a benefit mechanism (null when none is recorded) */
  householdsLinked: number | null;
  /** their persons, each household once (null when none is recorded) */
  personsLinked: number | null;
  /** the reported households lifted (the article's 1,742) */
  reportedHouseholds: number | null;
  byChannel: AidChannelAmount[];
  byPeriod: AidPeriodAmount[];
  byCategory: AidCategoryAmount[];
}

/** What anyone may see: aggregates only, never a household or a person. */
export interface AidPublicSummaryDto {
  reportedFen: number;
  recordedFen: number;
  totalFen: number;
  reportedHouseholds: number | null;
  /** plain counts of the households and persons linked (null when none is recorded) */
  householdsLinked: number | null;
  personsLinked: number | null;
  byCategory: AidCategoryAmount[];
}

/** Whether the rollups equal a GROUP BY over the raw ledger; the differing keys when not. */
export interface AidRollupCheckDto {
  ok: boolean;
  ledgerEntries: number;
  mismatches: { key: string; rollupFen: number | null; ledgerFen: number | null }[];
}

const PERIOD = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
const slug = z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters');

/** `:period` of the period routes: an accounting month, 'YYYY-MM'. */
export const AidPeriodParamSchema = z.strictObject({ period: z.string().regex(PERIOD, 'must be a month as YYYY-MM') });

/** A closed accounting month (DOMAIN.md rule 6): nothing more is written into it. */
export interface AidPeriodDto {
  period: string;
  closedAt: string;
  closedBy: string;
}

/** Sales channels an adjustment may correct (`reported` is the opening balance's own). */
export const AidAdjustmentChannels = ['online', 'exhibition_centre', 'miao_silver_shop', 'institutional'] as const;

/** A correction, recorded in the open period with its reason; negative amounts reduce. */
export const AidAdjustmentSchema = z.strictObject({
  amountFen: z
    .number({ error: 'must be a whole number of fen' })
    .int('must be a whole number of fen')
    .refine((n) => n !== 0, 'must not be zero')
    .refine((n) => Math.abs(n) <= 100_000_000_000, 'is too large'),
  reason: z.string({ error: 'is required' }).trim().min(5, 'must be at least 5 characters').max(200, 'must be at most 200 characters'),
  channel: z.enum(AidAdjustmentChannels, { error: `must be one of ${AidAdjustmentChannels.join(', ')}` }),
  categorySlug: slug.optional(),
  townshipSlug: slug.optional(),
  villageSlug: slug.optional(),
  cooperativeSlug: slug.optional(),
});
export type AidAdjustmentRequest = z.input<typeof AidAdjustmentSchema>;

export interface AidAdjustmentDto {
  id: string;
  kind: 'adjustment';
  occurredOn: string;
  period: string;
  channel: AidChannel;
  amountFen: number;
  reason: string;
  sourceRef: string;
  categorySlug: string | null;
  townshipSlug: string | null;
  villageSlug: string | null;
  cooperativeId: string | null;
}

/** Filters of the admin audit log; the latest 200 matching rows are returned. */
export const AuditQuerySchema = z.strictObject({
  actor: z.string().uuid('must be a UUID').optional(),
  action: z.string().trim().min(1).max(100).optional(),
  entity: z.string().trim().min(1).max(100).optional(),
  from: z.iso.datetime({ offset: true, error: 'must be an ISO date-time' }).optional(),
  to: z.iso.datetime({ offset: true, error: 'must be an ISO date-time' }).optional(),
});
export type AuditQuery = z.output<typeof AuditQuerySchema>;

/** One row of the audit log: who did what, before and after, when, from where. */
export interface AuditLogDto {
  id: string;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  ip: string | null;
  userAgent: string | null;
  at: string;
}

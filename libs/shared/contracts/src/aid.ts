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
  categorySlug: string;
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
  /** null until targets are recorded */
  targetFen: number | null;
  /** null until households are recorded */
  householdsLinked: number | null;
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
  byCategory: AidCategoryAmount[];
}

/** Whether the rollups equal a GROUP BY over the raw ledger; the differing keys when not. */
export interface AidRollupCheckDto {
  ok: boolean;
  ledgerEntries: number;
  mismatches: { key: string; rollupFen: number | null; ledgerFen: number | null }[];
}

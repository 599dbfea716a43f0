import { z } from 'zod';
import { BenefitMechanismTypes, type BenefitMechanismType } from './catalog';
import { IndicatorUnits, type ReportedIndicatorDto } from './indicators';
import type { LocalizedText } from './i18n';

/**
 * Households linked to a cooperative's benefit mechanisms (联农带农). Stored only as pseudonymous
 * codes with a village, a size (persons) and mechanisms (DOMAIN.md "Households and privacy"):
 * never a name, an ID number or a phone number. Only admins read them; public pages get counts.
 */
const HOUSEHOLD_CODE = /^[A-Z0-9][A-Z0-9-]{3,31}$/;

export const HouseholdSchema = z.strictObject({
  code: z.string().trim().toUpperCase().regex(HOUSEHOLD_CODE, 'must be a pseudonymous code of 4–32 letters, digits and dashes'),
  cooperativeSlug: z.string().trim().min(1, 'is required'),
  villageSlug: z.string().trim().min(1, 'is required'),
  persons: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(30, 'must be at most 30'),
  /** the mechanisms the household benefits from, among the cooperative's declared ones */
  mechanisms: z.array(z.enum(BenefitMechanismTypes)).min(1, 'must name at least one mechanism'),
});
export type HouseholdRequest = z.input<typeof HouseholdSchema>;

export interface HouseholdDto {
  code: string;
  cooperativeId: string;
  villageSlug: string;
  persons: number;
  mechanisms: BenefitMechanismType[];
}

/**
 * What a mechanism paid out in a period: a dividend as investment × rate (basis points), or an
 * amount paid (day wages, land rent, produce purchase). Per-capita uplift divides by the persons
 * of the households linked to that mechanism.
 */
export const BenefitPayoutSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('dividend'),
    cooperativeSlug: z.string().trim().min(1),
    year: z.number().int().min(2015).max(2100),
    investmentFen: z.number().int().min(1),
    rateBasisPoints: z.number().int().min(1).max(10_000),
  }),
  z.strictObject({
    type: z.enum(['day_wage', 'land_rent', 'produce_purchase']),
    cooperativeSlug: z.string().trim().min(1),
    year: z.number().int().min(2015).max(2100),
    amountFen: z.number().int().min(1),
  }),
]);
export type BenefitPayoutRequest = z.input<typeof BenefitPayoutSchema>;

/** Per mechanism and year: households and persons linked, what was paid, per person. */
export interface BenefitUpliftRow {
  cooperativeId: string;
  cooperativeName: LocalizedText;
  type: BenefitMechanismType;
  year: number;
  households: number;
  persons: number;
  paidFen: number;
  /** paidFen ÷ persons, rounded half up to the fen (the fungi park: 50,874 fen = 508.74 yuan) */
  perCapitaFen: number | null;
}

/** `GET /api/aid/benefit` (admin). */
export interface BenefitSummaryDto {
  householdsLinked: number;
  personsLinked: number;
  rows: BenefitUpliftRow[];
}

/** Reported figures and targets admins add later (`POST /api/aid/indicators`). */
export const IndicatorKinds = ['reported', 'target'] as const;
export type IndicatorKind = (typeof IndicatorKinds)[number];

export const IndicatorCreateSchema = z.strictObject({
  key: z.string().trim().regex(/^[a-z][a-z0-9_]{2,79}$/, 'must be 3–80 lower-case letters, digits and underscores'),
  kind: z.enum(IndicatorKinds),
  labelZh: z.string().trim().min(1, 'is required').max(200),
  labelEn: z.string().trim().min(1, 'is required').max(200),
  /** fen for money, a count otherwise */
  value: z.number({ error: 'must be a number' }).nonnegative('must not be negative'),
  unit: z.enum(IndicatorUnits),
  periodStart: z.iso.date('must be a date as YYYY-MM-DD'),
  periodEnd: z.iso.date('must be a date as YYYY-MM-DD'),
  source: z.string().trim().min(2, 'is required').max(500),
});
export type IndicatorCreateRequest = z.input<typeof IndicatorCreateSchema>;

export interface AdminIndicatorDto extends ReportedIndicatorDto {
  id: string;
  kind: IndicatorKind;
}

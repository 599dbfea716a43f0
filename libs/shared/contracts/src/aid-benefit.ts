import { z } from 'zod';
import { BenefitMechanismTypes, type BenefitMechanismType } from './catalog';
import { IndicatorUnits, type IndicatorUnit, type ReportedIndicatorDto } from './indicators';
import type { LocalizedText } from './i18n';

/**
 * Households linked to a cooperative's benefit mechanisms (联农带农). Stored only as pseudonymous
 * codes with a village, a size (persons) and mechanisms (DOMAIN.md "Households and privacy"):
 * never a name, an ID number or a phone number. Only admins read them; public pages get counts.
 */
const HOUSEHOLD_CODE = /^[A-Z0-9][A-Z0-9-]{3,31}$/;
// A mobile number (11 digits) or a resident ID number (17 digits and a check digit or X) is a
// person's identity, not a pseudonym: such codes are refused even with dashes in them.
const LOOKS_LIKE_IDENTITY = /^[0-9]{11,}X?$/;

const slug = z.string({ error: 'is required' }).trim().min(1, 'is required').max(100, 'must be at most 100 characters');
const year = z.number({ error: 'must be a year' }).int('must be a year').min(2015, 'must be 2015 or later').max(2100, 'must be 2100 or earlier');
const positiveFen = z
  .number({ error: 'must be a whole number of fen' })
  .int('must be a whole number of fen')
  .min(1, 'must be at least 1 fen')
  .max(Number.MAX_SAFE_INTEGER, 'is too large');

export const HouseholdCodeSchema = z
  .string({ error: 'is required' })
  .trim()
  .toUpperCase()
  .regex(HOUSEHOLD_CODE, 'must be a pseudonymous code of 4–32 letters, digits and dashes')
  .refine((code) => !LOOKS_LIKE_IDENTITY.test(code.replace(/-/g, '')), 'must be a pseudonymous code, not a phone or ID number');

export const HouseholdSchema = z.strictObject({
  code: HouseholdCodeSchema,
  cooperativeSlug: slug,
  villageSlug: slug,
  persons: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(30, 'must be at most 30'),
  /** the mechanisms the household benefits from, among the cooperative's declared ones */
  mechanisms: z
    .array(z.enum(BenefitMechanismTypes, { error: `must be one of ${BenefitMechanismTypes.join(', ')}` }), { error: 'must be a list of mechanisms' })
    .min(1, 'must name at least one mechanism')
    .refine((types) => new Set(types).size === types.length, 'must not name a mechanism twice'),
});
export type HouseholdRequest = z.input<typeof HouseholdSchema>;

export interface HouseholdDto {
  code: string;
  cooperativeId: string;
  cooperativeSlug: string;
  villageSlug: string;
  persons: number;
  mechanisms: BenefitMechanismType[];
}

/** `GET /api/aid/households` (admin): one cooperative's (or every) household, a page at a time. */
export const HouseholdListQuerySchema = z.strictObject({
  cooperative: slug.optional(),
  village: slug.optional(),
  page: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(10_000).default(1),
  pageSize: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(200, 'must be at most 200')
    .default(50),
});
export type HouseholdListQuery = z.output<typeof HouseholdListQuerySchema>;

export interface HouseholdsPageDto {
  /** ordered by code */
  households: HouseholdDto[];
  /** households matching the filter, every page */
  total: number;
  /** their persons, every page */
  persons: number;
  page: number;
  pageSize: number;
}

/**
 * What a mechanism paid out in a year: a dividend as investment × rate (basis points), or an
 * amount paid (day wages, land rent, produce purchase). Per-capita uplift divides by the persons
 * of the households linked to that mechanism. Posting the same cooperative, mechanism and year
 * again replaces the figure (audited with what it was before).
 */
export const BenefitPayoutSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('dividend'),
      cooperativeSlug: slug,
      year,
      investmentFen: positiveFen,
      rateBasisPoints: z
        .number({ error: 'must be whole basis points (8 % = 800)' })
        .int('must be whole basis points (8 % = 800)')
        .min(1, 'must be at least 1 basis point')
        .max(10_000, 'must be at most 10,000 basis points (100 %)'),
    }),
    z.strictObject({
      type: z.enum(['day_wage', 'land_rent', 'produce_purchase']),
      cooperativeSlug: slug,
      year,
      amountFen: positiveFen,
    }),
  ],
  { error: `must be one of ${BenefitMechanismTypes.join(', ')}` },
);
export type BenefitPayoutRequest = z.input<typeof BenefitPayoutSchema>;

export interface BenefitPayoutDto {
  id: string;
  cooperativeId: string;
  cooperativeSlug: string;
  type: BenefitMechanismType;
  year: number;
  /** dividends only */
  investmentFen: number | null;
  rateBasisPoints: number | null;
  /** what was paid in the year (a dividend: investment × rate, rounded half up to the fen) */
  paidFen: number;
}

/** `GET /api/aid/benefit?year=YYYY`: one year's payouts, or every year's without it. */
export const BenefitQuerySchema = z.strictObject({
  year: z.coerce.number({ error: 'must be a year' }).int('must be a year').min(2015, 'must be 2015 or later').max(2100, 'must be 2100 or earlier').optional(),
});
export type BenefitQuery = z.output<typeof BenefitQuerySchema>;

/** Per mechanism and year: households and persons linked, what was paid, per person. */
export interface BenefitUpliftRow {
  cooperativeId: string;
  cooperativeName: LocalizedText;
  type: BenefitMechanismType;
  year: number;
  households: number;
  persons: number;
  paidFen: number;
  /** paidFen ÷ persons, rounded half up to the fen (the fungi park: 50,874 fen = 508.74 yuan); null when nobody is linked */
  perCapitaFen: number | null;
}

/** `GET /api/aid/benefit` (admin). */
export interface BenefitSummaryDto {
  /** distinct households linked to any mechanism */
  householdsLinked: number;
  /** their persons, each household counted once */
  personsLinked: number;
  /** one row per payout recorded (cooperative × mechanism × year) */
  rows: BenefitUpliftRow[];
}

/** Reported figures and targets admins add later (`POST /api/aid/indicators`). */
export const IndicatorKinds = ['reported', 'target'] as const;
export type IndicatorKind = (typeof IndicatorKinds)[number];

const isoDate = z.iso.date('must be a date as YYYY-MM-DD');
const indicatorValue = z
  .number({ error: 'must be a number' })
  .nonnegative('must not be negative')
  .max(1e15, 'is too large');
const source = z.string({ error: 'is required' }).trim().min(2, 'is required').max(500, 'must be at most 500 characters');
const note = z.string().trim().max(2000, 'must be at most 2,000 characters').nullable().optional();

/**
 * Money is whole fen and counts are whole; only percentages take decimals (up to 4, as stored).
 * Exported so the service checks a corrected value against the indicator's stored unit.
 */
export function indicatorValueProblem(value: number, unit: IndicatorUnit): string | null {
  if (unit === 'percent') {
    // 95.33 × 10,000 is 953,300.0000000001 in binary floating point: compare with a tolerance
    const scaled = value * 10_000;
    return Math.abs(scaled - Math.round(scaled)) < 1e-6 ? null : 'must have at most 4 decimals';
  }
  if (!Number.isSafeInteger(value)) return unit === 'fen' ? 'must be a whole number of fen' : 'must be a whole number';
  return null;
}

export const IndicatorCreateSchema = z
  .strictObject({
    key: z.string({ error: 'is required' }).trim().regex(/^[a-z][a-z0-9_]{2,79}$/, 'must be 3–80 lower-case letters, digits and underscores'),
    kind: z.enum(IndicatorKinds, { error: `must be one of ${IndicatorKinds.join(', ')}` }),
    labelZh: z.string({ error: 'is required' }).trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
    labelEn: z.string({ error: 'is required' }).trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
    /** fen for money, a count otherwise */
    value: indicatorValue,
    unit: z.enum(IndicatorUnits, { error: `must be one of ${IndicatorUnits.join(', ')}` }),
    periodStart: isoDate,
    periodEnd: isoDate,
    source,
    noteZh: note,
    noteEn: note,
  })
  .superRefine((v, ctx) => {
    const problem = indicatorValueProblem(v.value, v.unit);
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
    if (v.periodStart > v.periodEnd) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'must not be before periodStart' });
  });
export type IndicatorCreateRequest = z.input<typeof IndicatorCreateSchema>;

/**
 * `PATCH /api/aid/indicators/:id`: corrects a figure's value, period or source. The key, kind
 * and unit never change. The figure that opened the aid ledger keeps its value (the ledger is
 * append-only: a correction there is an adjustment); its period and source stay editable.
 */
export const IndicatorPatchSchema = z
  .strictObject({
    value: indicatorValue.optional(),
    periodStart: isoDate.optional(),
    periodEnd: isoDate.optional(),
    source: source.optional(),
  })
  .superRefine((v, ctx) => {
    if (Object.values(v).every((x) => x === undefined)) ctx.addIssue({ code: 'custom', path: [], message: 'must change at least one of value, periodStart, periodEnd, source' });
    if (v.periodStart && v.periodEnd && v.periodStart > v.periodEnd) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'must not be before periodStart' });
  });
export type IndicatorPatchRequest = z.input<typeof IndicatorPatchSchema>;

export interface AdminIndicatorDto extends ReportedIndicatorDto {
  id: string;
  kind: IndicatorKind;
}

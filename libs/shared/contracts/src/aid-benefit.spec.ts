import { BenefitPayoutSchema, HouseholdSchema, IndicatorCreateSchema, IndicatorPatchSchema } from './aid-benefit';

const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join('.')).sort();

describe('HouseholdSchema', () => {
  const ok = { code: 'ld-0001', cooperativeSlug: 'langdong-fungi-park', villageSlug: 'hekou', persons: 3, mechanisms: ['dividend'] };

  it('upper-cases and trims the pseudonymous code', () => {
    expect(HouseholdSchema.parse({ ...ok, code: ' ld-0001 ' }).code).toBe('LD-0001');
  });

  it('refuses codes that are a phone or an ID number, with or without dashes', () => {
    for (const code of ['13800138000', '138-0013-8000', '52262219800101123X', '522622198001011234']) {
      expect(fieldsOf(HouseholdSchema.safeParse({ ...ok, code }))).toEqual(['code']);
    }
    // short numbers are fine as pseudonyms
    expect(HouseholdSchema.safeParse({ ...ok, code: '0001' }).success).toBe(true);
  });

  it('refuses names, bad sizes, repeated or unknown mechanisms and extra fields', () => {
    expect(fieldsOf(HouseholdSchema.safeParse({ ...ok, code: '张三' }))).toEqual(['code']);
    expect(fieldsOf(HouseholdSchema.safeParse({ ...ok, persons: 0 }))).toEqual(['persons']);
    expect(fieldsOf(HouseholdSchema.safeParse({ ...ok, persons: 2.5 }))).toEqual(['persons']);
    expect(fieldsOf(HouseholdSchema.safeParse({ ...ok, mechanisms: [] }))).toEqual(['mechanisms']);
    expect(fieldsOf(HouseholdSchema.safeParse({ ...ok, mechanisms: ['dividend', 'dividend'] }))).toEqual(['mechanisms']);
    expect(fieldsOf(HouseholdSchema.safeParse({ ...ok, mechanisms: ['charity'] }))).toEqual(['mechanisms.0']);
    expect(HouseholdSchema.safeParse({ ...ok, name: '张三' }).success).toBe(false);
  });
});

describe('BenefitPayoutSchema', () => {
  it('takes a dividend as investment and rate, other mechanisms as an amount', () => {
    expect(
      BenefitPayoutSchema.parse({ type: 'dividend', cooperativeSlug: 'x', year: 2020, investmentFen: 2_000_000_000, rateBasisPoints: 800 }),
    ).toEqual({ type: 'dividend', cooperativeSlug: 'x', year: 2020, investmentFen: 2_000_000_000, rateBasisPoints: 800 });
    expect(BenefitPayoutSchema.safeParse({ type: 'day_wage', cooperativeSlug: 'x', year: 2020, amountFen: 5000 }).success).toBe(true);
  });

  it('refuses an amount on a dividend, a rate over 100 % and an unknown type', () => {
    expect(BenefitPayoutSchema.safeParse({ type: 'dividend', cooperativeSlug: 'x', year: 2020, amountFen: 5000 }).success).toBe(false);
    expect(
      fieldsOf(BenefitPayoutSchema.safeParse({ type: 'dividend', cooperativeSlug: 'x', year: 2020, investmentFen: 100, rateBasisPoints: 10_001 })),
    ).toEqual(['rateBasisPoints']);
    expect(fieldsOf(BenefitPayoutSchema.safeParse({ type: 'charity', cooperativeSlug: 'x', year: 2020, amountFen: 1 }))).toEqual(['type']);
  });
});

describe('IndicatorCreateSchema', () => {
  const ok = {
    key: 'aid_sales_target_fen',
    kind: 'target',
    labelZh: '目标',
    labelEn: 'Target',
    value: 6_000_000_000,
    unit: 'fen',
    periodStart: '2020-07-01',
    periodEnd: '2026-12-31',
    source: 'demo target',
  };

  it('takes money in whole fen and percentages with up to 4 decimals', () => {
    expect(IndicatorCreateSchema.safeParse(ok).success).toBe(true);
    expect(IndicatorCreateSchema.safeParse({ ...ok, unit: 'percent', value: 95.33 }).success).toBe(true);
    expect(fieldsOf(IndicatorCreateSchema.safeParse({ ...ok, value: 10.5 }))).toEqual(['value']);
    expect(fieldsOf(IndicatorCreateSchema.safeParse({ ...ok, unit: 'count', value: 1.5 }))).toEqual(['value']);
    expect(fieldsOf(IndicatorCreateSchema.safeParse({ ...ok, unit: 'percent', value: 1.23456 }))).toEqual(['value']);
  });

  it('refuses a period that ends before it starts, bad keys and unknown kinds', () => {
    expect(fieldsOf(IndicatorCreateSchema.safeParse({ ...ok, periodEnd: '2020-06-30' }))).toEqual(['periodEnd']);
    expect(fieldsOf(IndicatorCreateSchema.safeParse({ ...ok, key: 'Aid Sales' }))).toEqual(['key']);
    expect(fieldsOf(IndicatorCreateSchema.safeParse({ ...ok, kind: 'forecast' }))).toEqual(['kind']);
  });
});

describe('IndicatorPatchSchema', () => {
  it('needs at least one change and refuses the key, kind and unit', () => {
    expect(IndicatorPatchSchema.safeParse({}).success).toBe(false);
    expect(IndicatorPatchSchema.safeParse({ source: 'a later report' }).success).toBe(true);
    expect(IndicatorPatchSchema.safeParse({ key: 'other' }).success).toBe(false);
    expect(IndicatorPatchSchema.safeParse({ unit: 'count' }).success).toBe(false);
    expect(fieldsOf(IndicatorPatchSchema.safeParse({ periodStart: '2021-01-01', periodEnd: '2020-12-31' }))).toEqual(['periodEnd']);
  });
});

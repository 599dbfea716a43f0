import { HouseholdSchema } from '@shanhai/shared/contracts';
import { dividendFen, dividendPerPersonFen, perCapitaFen } from '@shanhai/shared/domain';
import { DEMO_COOPERATIVES, DEMO_REPORTED_INDICATORS, DEMO_TOWNSHIPS } from './demo-catalog';
import { DEMO_FUNGI_PARK, DEMO_TARGET, demoHouseholds } from './seed-aid';

const reported = (key: string) => DEMO_REPORTED_INDICATORS.find((i) => i.key === key)?.value;

describe('demo households of the fungi park', () => {
  const households = demoHouseholds();

  it('are the article’s 970 households with 3,145 persons', () => {
    expect(households).toHaveLength(970);
    expect(households.reduce((t, h) => t + h.persons, 0)).toBe(3145);
    expect(reported('fungi_park_households')).toBe(households.length);
    expect(reported('fungi_park_people')).toBe(3145);
  });

  it('are the same on every run', () => {
    expect(demoHouseholds()).toEqual(households);
  });

  it('have unique pseudonymous codes the API would accept, and plausible sizes', () => {
    expect(new Set(households.map((h) => h.code)).size).toBe(970);
    expect(households[0].code).toBe('LD-0001');
    expect(households[969].code).toBe('LD-0970');
    for (const h of households) {
      expect(
        HouseholdSchema.parse({
          code: h.code,
          cooperativeSlug: 'langdong-fungi-park',
          villageSlug: h.villageSlug,
          persons: h.persons,
          mechanisms: ['dividend'],
        }).code,
      ).toBe(h.code);
    }
    const sizes = new Set(households.map((h) => h.persons));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8);
    // not all the same size
    expect(sizes.size).toBeGreaterThan(3);
  });

  it('live in villages of 浪洞镇, spread over all of them', () => {
    const langdong = DEMO_TOWNSHIPS.find((t) => t.nameZh === '浪洞镇')?.villages.map((v) => v.slug) ?? [];
    const used = new Set(households.map((h) => h.villageSlug));
    expect([...used].sort()).toEqual([...langdong].sort());
  });

  it('share a dividend the park has declared, reproducing 508.74 yuan per person', () => {
    const park = DEMO_COOPERATIVES.find((c) => c.slug === DEMO_FUNGI_PARK.cooperativeSlug);
    expect(park?.benefitMechanisms.map((m) => m.type)).toContain('dividend');
    expect(DEMO_FUNGI_PARK.investmentFen).toBe(reported('fungi_park_investment_fen'));
    expect(DEMO_FUNGI_PARK.rateBasisPoints).toBe((reported('fungi_park_dividend_rate_percent') ?? 0) * 100);
    const persons = households.reduce((t, h) => t + h.persons, 0);
    expect(
      dividendPerPersonFen(DEMO_FUNGI_PARK.investmentFen, DEMO_FUNGI_PARK.rateBasisPoints, persons),
    ).toBe(50874);
    expect(
      perCapitaFen(dividendFen(DEMO_FUNGI_PARK.investmentFen, DEMO_FUNGI_PARK.rateBasisPoints), persons),
    ).toBe(50874);
  });
});

describe('the demo target', () => {
  it('is labelled as a demo value in both languages and its source', () => {
    expect(DEMO_TARGET.labelZh).toContain('演示');
    expect(DEMO_TARGET.labelEn).toContain('demo');
    expect(DEMO_TARGET.source).toBe('demo target');
    expect(DEMO_REPORTED_INDICATORS.map((i) => i.key)).not.toContain(DEMO_TARGET.key);
  });
});

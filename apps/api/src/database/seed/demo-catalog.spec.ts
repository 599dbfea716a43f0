import {
  dividendPerPersonFen,
  isIsoDate,
  isValidCreditCode,
  creditCodeDivision,
} from '@shanhai/shared/domain';
import {
  DEMO_AS_OF,
  DEMO_CATEGORIES,
  DEMO_COOPERATIVES,
  DEMO_NOTE_EN,
  DEMO_NOTE_ZH,
  DEMO_PRODUCTS,
  DEMO_REPORTED_INDICATORS,
  DEMO_TOWNSHIPS,
  type DemoCertificate,
} from './demo-catalog';
import { cooperativeArtSvg, productArtSvg } from './product-art';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TODAY = '2026-11-29';

const villages = DEMO_TOWNSHIPS.flatMap((t) => t.villages.map((v) => ({ ...v, townshipSlug: t.slug })));
const villageBySlug = new Map(villages.map((v) => [v.slug, v]));
const cooperativeBySlug = new Map(DEMO_COOPERATIVES.map((c) => [c.slug, c]));
const categorySlugs = new Set(DEMO_CATEGORIES.map((c) => c.slug));
const certificates = DEMO_PRODUCTS.map((p) => p.certificate).filter((c): c is DemoCertificate => c !== null);
const indicator = (key: string): number => {
  const row = DEMO_REPORTED_INDICATORS.find((i) => i.key === key);
  if (!row) throw new Error(`no indicator ${key}`);
  return row.value;
};

const duplicates = (values: readonly string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);

/** Opening and closing tags pair up (self-closing tags excepted). */
function tagsBalance(svg: string): boolean {
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

describe('demo catalogue: places and sellers', () => {
  it('has unique, well-formed slugs everywhere', () => {
    const groups = {
      townships: DEMO_TOWNSHIPS.map((t) => t.slug),
      villages: villages.map((v) => v.slug),
      categories: DEMO_CATEGORIES.map((c) => c.slug),
      cooperatives: DEMO_COOPERATIVES.map((c) => c.slug),
      products: DEMO_PRODUCTS.map((p) => p.slug),
    };
    for (const slugs of Object.values(groups)) {
      expect(duplicates(slugs)).toEqual([]);
      expect(slugs.filter((s) => !SLUG.test(s))).toEqual([]);
    }
  });

  it('includes the article’s places: 旧州镇 with 平西坝村 and 冷水河, and several villages of 浪洞镇', () => {
    const jiuzhou = DEMO_TOWNSHIPS.find((t) => t.nameZh === '旧州镇');
    expect(jiuzhou?.villages.map((v) => v.nameZh)).toEqual(
      expect.arrayContaining(['平西坝村', '冷水河社区']),
    );
    expect(DEMO_TOWNSHIPS.find((t) => t.nameZh === '浪洞镇')?.villages.length).toBeGreaterThanOrEqual(3);
    // Only the article's two places are presented as more than placeholders.
    expect(
      villages
        .filter((v) => !v.demo)
        .map((v) => v.slug)
        .sort(),
    ).toEqual(['lengshuihe', 'pingxiba']);
  });

  it('places every cooperative in a village of its own township', () => {
    for (const c of DEMO_COOPERATIVES) {
      expect({ slug: c.slug, township: villageBySlug.get(c.villageSlug)?.townshipSlug }).toEqual({
        slug: c.slug,
        township: c.townshipSlug,
      });
    }
  });

  it('gives every cooperative a valid Huangping credit code, unique', () => {
    for (const c of DEMO_COOPERATIVES) {
      expect({
        slug: c.slug,
        valid: isValidCreditCode(c.creditCode),
        division: creditCodeDivision(c.creditCode),
      }).toEqual({
        slug: c.slug,
        valid: true,
        division: '522622',
      });
    }
    expect(duplicates(DEMO_COOPERATIVES.map((c) => c.creditCode))).toEqual([]);
  });

  it('declares a benefit mechanism for every cooperative and has pending and suspended edges', () => {
    expect(DEMO_COOPERATIVES.filter((c) => c.benefitMechanisms.length === 0)).toEqual([]);
    const statuses = DEMO_COOPERATIVES.map((c) => c.status);
    expect(statuses).toContain('pending');
    expect(statuses).toContain('suspended');
    expect(statuses.filter((s) => s === 'approved').length).toBeGreaterThan(DEMO_COOPERATIVES.length / 2);
  });

  it('keeps the article’s sellers and the fungi park’s figures in their stories', () => {
    const real = DEMO_COOPERATIVES.filter((c) => !c.demo).map((c) => c.nameZh);
    expect(real).toEqual(
      expect.arrayContaining(['贵州乐百年健康产业开发有限公司', '浪洞镇东西部扶贫协作食用菌产业园']),
    );
    const park = DEMO_COOPERATIVES.find((c) => c.slug === 'langdong-fungi-park');
    expect(park?.storyZh).toMatch(/42座.*8%.*970户3145人/);
    expect(DEMO_COOPERATIVES.some((c) => c.storyZh.includes('苗银世家生活馆'))).toBe(true);
  });
});

describe('demo catalogue: products', () => {
  it('has enough products, sellers with products and categories with products', () => {
    expect(DEMO_PRODUCTS.length).toBeGreaterThanOrEqual(64);
    expect(new Set(DEMO_PRODUCTS.map((p) => p.cooperativeSlug)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(DEMO_PRODUCTS.map((p) => p.categorySlug)).size).toBeGreaterThanOrEqual(4);
  });

  it('references only existing categories, cooperatives and villages; origins lie in the seller’s township', () => {
    for (const p of DEMO_PRODUCTS) {
      const cooperative = cooperativeBySlug.get(p.cooperativeSlug);
      expect({
        slug: p.slug,
        category: categorySlugs.has(p.categorySlug),
        cooperative: cooperative !== undefined,
      }).toEqual({
        slug: p.slug,
        category: true,
        cooperative: true,
      });
      expect({ slug: p.slug, township: villageBySlug.get(p.villageSlug)?.townshipSlug }).toEqual({
        slug: p.slug,
        township: cooperative?.townshipSlug,
      });
    }
  });

  it('lists the article’s goods', () => {
    const names = DEMO_PRODUCTS.filter((p) => p.fromArticle)
      .map((p) => p.nameZh)
      .join('|');
    for (const good of ['溇阳湖林下有机', '鸡枞菌·鲜品', '鸡枞菌·干片', '猪肚菇', '项圈', '手镯', '耳', '簪'])
      expect(names).toContain(good);
  });

  it('sorts differently by newest: createdDaysAgo are distinct non-negative integers', () => {
    const days = DEMO_PRODUCTS.map((p) => p.createdDaysAgo);
    expect(days.every((d) => Number.isSafeInteger(d) && d >= 0)).toBe(true);
    expect(new Set(days).size).toBe(days.length);
  });

  it('has 1–3 variants per product with unique SKU suffixes and positive whole-fen prices', () => {
    for (const p of DEMO_PRODUCTS) {
      expect(p.variants.length).toBeGreaterThanOrEqual(1);
      expect(p.variants.length).toBeLessThanOrEqual(3);
      expect(duplicates(p.variants.map((v) => v.skuSuffix))).toEqual([]);
      for (const v of p.variants) {
        expect(Number.isSafeInteger(v.priceFen) && v.priceFen > 0).toBe(true);
        expect(Number.isSafeInteger(v.stock) && v.stock >= 0).toBe(true);
        expect(Number.isSafeInteger(v.shippingWeightGrams) && v.shippingWeightGrams > 0).toBe(true);
        expect(v.skuSuffix).toMatch(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/);
      }
    }
  });

  it('keeps prices of the headline categories in plausible ranges', () => {
    const ranges: Record<string, [number, number]> = { tea: [6800, 39800], silver: [16800, 198000] };
    for (const p of DEMO_PRODUCTS) {
      const range = ranges[p.categorySlug];
      if (!range) continue;
      for (const v of p.variants) expect(v.priceFen >= range[0] && v.priceFen <= range[1]).toBe(true);
    }
    const mushrooms = DEMO_PRODUCTS.filter((p) => p.cooperativeSlug === 'langdong-fungi-park').flatMap(
      (p) => p.variants,
    );
    expect(mushrooms.every((v) => v.priceFen >= 3900 && v.priceFen <= 25800)).toBe(true);
  });

  it('shows some variants out of stock', () => {
    expect(
      DEMO_PRODUCTS.flatMap((p) => p.variants).filter((v) => v.stock === 0).length,
    ).toBeGreaterThanOrEqual(4);
  });
});

describe('demo catalogue: certificates relative to the demo day', () => {
  it('is planned around 2026-11-29', () => {
    expect(DEMO_AS_OF).toBe(TODAY);
  });

  it('has well-formed, unique certificates with ordered windows', () => {
    for (const c of certificates) {
      expect(c.number).toMatch(/^QDN-HP-\d{4}-\d{4}$/);
      expect(isIsoDate(c.validFrom) && isIsoDate(c.validTo)).toBe(true);
      expect(c.validFrom < c.validTo).toBe(true);
      expect(c.revoked).toBe(c.revokedOn !== null);
      if (c.revokedOn) expect(isIsoDate(c.revokedOn) && c.revokedOn <= TODAY).toBe(true);
      expect(c.issuer).toMatch(/^黄平县.+局$/);
    }
    expect(duplicates(certificates.map((c) => c.number))).toEqual([]);
  });

  it('has at least 5 expired, 3 revoked and about 8 uncertified products, and most valid', () => {
    const expired = certificates.filter((c) => c.validTo < TODAY);
    const revoked = certificates.filter((c) => c.revoked);
    const none = DEMO_PRODUCTS.filter((p) => p.certificate === null);
    const validToday = certificates.filter((c) => !c.revoked && c.validFrom <= TODAY && TODAY <= c.validTo);
    expect(expired.length).toBeGreaterThanOrEqual(5);
    expect(revoked.length).toBeGreaterThanOrEqual(3);
    expect(none.length).toBeGreaterThanOrEqual(6);
    expect(none.length).toBeLessThanOrEqual(10);
    expect(validToday.length).toBeGreaterThan(DEMO_PRODUCTS.length / 2);
  });

  it('says that prices and stock are demo values', () => {
    expect(DEMO_NOTE_ZH).toMatch(/价格.*库存.*虚构/);
    expect(DEMO_NOTE_EN).toMatch(/prices.*stock.*invented/i);
  });
});

describe('demo catalogue: reported indicators', () => {
  it('has unique snake_case keys, whole numbers for fen and counts, and the article as source', () => {
    expect(duplicates(DEMO_REPORTED_INDICATORS.map((i) => i.key))).toEqual([]);
    for (const i of DEMO_REPORTED_INDICATORS) {
      expect(i.key).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      if (i.unit !== 'percent') expect(Number.isSafeInteger(i.value)).toBe(true);
      expect(i.periodStart).toBe('2018-01-01');
      expect(i.periodEnd).toBe('2020-06-30');
      expect(i.source).toContain('南风传佳讯 山海再相逢');
    }
    expect(duplicates(DEMO_REPORTED_INDICATORS.map((i) => String(i.sortOrder)))).toEqual([]);
  });

  it('holds the opening balance: 52,073,900.00 yuan and 1,742', () => {
    expect(indicator('aid_sales_fen')).toBe(5_207_390_000);
    expect(indicator('households_lifted')).toBe(1742);
  });

  it('splits the multi-valued rows', () => {
    expect(indicator('aid_funds_fen')).toBe(12_500_000_000);
    expect(indicator('aid_projects')).toBe(35);
    expect(indicator('industry_projects')).toBe(28);
    expect(indicator('industry_funds_fen')).toBe(11_900_000_000);
    expect(indicator('industry_funds_share_percent')).toBe(95.33);
    expect(indicator('donations_fen')).toBe(1_611_920_000);
    expect(indicator('lengshuihe_dividend_per_person_fen')).toBe(50_000);
  });

  it('reproduces the fungi park’s 508.74 yuan per person from its own figures', () => {
    const perPerson = dividendPerPersonFen(
      indicator('fungi_park_investment_fen'),
      Math.round(indicator('fungi_park_dividend_rate_percent') * 100),
      indicator('fungi_park_people'),
    );
    expect(perPerson).toBe(50874);
    // The article's "over 500 yuan" is the reported lower bound.
    expect(perPerson).toBeGreaterThan(indicator('fungi_park_dividend_per_person_fen'));
  });
});

describe('product art', () => {
  const input = { categorySlug: 'tea', seed: 'louyang', labelZh: '溇阳湖<有机茶>', labelEn: 'Tea & "Honey"' };

  it('returns well-formed-looking SVG with the escaped labels', () => {
    const svg = productArtSvg(input);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('viewBox="0 0 800 800"');
    expect(svg).toContain('溇阳湖&lt;有机茶&gt;');
    expect(svg).toContain('Tea &amp; &quot;Honey&quot;');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(tagsBalance(svg)).toBe(true);
    expect(svg.length).toBeLessThan(8000);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(productArtSvg(input)).toBe(productArtSvg({ ...input }));
    expect(productArtSvg({ ...input, seed: 'another' })).not.toBe(productArtSvg(input));
  });

  it('draws every category, and a fallback for unknown ones, within the size budget', () => {
    for (const p of DEMO_PRODUCTS) {
      const svg = productArtSvg({
        categorySlug: p.categorySlug,
        seed: p.slug,
        labelZh: p.nameZh,
        labelEn: p.nameEn,
      });
      expect({ slug: p.slug, ok: svg.startsWith('<svg') && tagsBalance(svg) && svg.length < 8000 }).toEqual({
        slug: p.slug,
        ok: true,
      });
    }
    expect(productArtSvg({ ...input, categorySlug: 'something-new' })).toContain('溇阳湖&lt;有机茶&gt;');
  });

  it('draws a cooperative banner', () => {
    const svg = cooperativeArtSvg('lebainian-health', '乐百年 & 溇阳湖', 'Lebainian');
    expect(svg).toContain('viewBox="0 0 1200 400"');
    expect(svg).toContain('乐百年 &amp; 溇阳湖');
    expect(tagsBalance(svg)).toBe(true);
    expect(svg).toBe(cooperativeArtSvg('lebainian-health', '乐百年 & 溇阳湖', 'Lebainian'));
    expect(svg).not.toBe(cooperativeArtSvg('langdong-fungi-park', '乐百年 & 溇阳湖', 'Lebainian'));
  });
});

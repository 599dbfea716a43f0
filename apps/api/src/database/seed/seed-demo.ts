import { createHash } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import {
  DEMO_CATEGORIES,
  DEMO_COOPERATIVES,
  DEMO_PRODUCTS,
  DEMO_REPORTED_INDICATORS,
  DEMO_TOWNSHIPS,
  type DemoProduct,
} from './demo-catalog';
import { cooperativeArtSvg, productArtSvg } from './product-art';
import { seedAidBenefit, seedAidDemoOfflineSales, seedAidOpeningBalance } from './seed-aid';

export interface SeedResult {
  total: number;
  summary: string;
}

type Counts = Record<
  | 'townships'
  | 'villages'
  | 'categories'
  | 'cooperatives'
  | 'products'
  | 'variants'
  | 'indicators'
  | 'aidOpeningBalance'
  | 'households'
  | 'payouts'
  | 'targets'
  | 'offlineSales',
  number
>;

const LABELS: Record<keyof Counts, string> = {
  townships: 'townships',
  villages: 'villages',
  categories: 'categories',
  cooperatives: 'cooperatives',
  products: 'products',
  variants: 'variants',
  indicators: 'reported indicators',
  aidOpeningBalance: 'aid opening balance',
  households: 'pseudonymous households',
  payouts: 'benefit payouts',
  targets: 'demo targets',
  offlineSales: 'invented offline sales',
};

/** `INSERT … ON CONFLICT DO NOTHING RETURNING id`: the id when the row is new, else null. */
async function insertNew(qr: QueryRunner, sql: string, values: unknown[]): Promise<string | null> {
  const rows: { id: string }[] = await qr.query(`${sql} ON CONFLICT DO NOTHING RETURNING id`, values);
  return rows[0]?.id ?? null;
}

async function idOf(qr: QueryRunner, table: string, column: string, value: string): Promise<string> {
  const rows: { id: string }[] = await qr.query(`SELECT id FROM ${table} WHERE ${column} = $1`, [value]);
  if (!rows[0]) throw new Error(`demo data refers to a missing ${table}.${column} = ${value}`);
  return rows[0].id;
}

async function insertSvg(qr: QueryRunner, svg: string): Promise<string> {
  const bytes = Buffer.from(svg, 'utf8');
  const rows: { id: string }[] = await qr.query(
    'INSERT INTO media (content_type, bytes, byte_size, sha256) VALUES ($1, $2, $3, $4) RETURNING id',
    ['image/svg+xml', bytes, bytes.length, createHash('sha256').update(bytes).digest('hex')],
  );
  return rows[0].id;
}

const skuOf = (p: DemoProduct, suffix: string) => `${p.slug.toUpperCase().slice(0, 48)}-${suffix}`;

/**
 * Loads the demo catalogue and aid data. Idempotent: every row is keyed by its slug, SKU, certificate number,
 * indicator key or household code, and only missing ones are added, so a second run adds nothing.
 * One transaction: a failure leaves no half-loaded catalogue.
 */
export async function seedDemoData(ds: DataSource): Promise<SeedResult> {
  const counts: Counts = {
    townships: 0,
    villages: 0,
    categories: 0,
    cooperatives: 0,
    products: 0,
    variants: 0,
    indicators: 0,
    aidOpeningBalance: 0,
    households: 0,
    payouts: 0,
    targets: 0,
    offlineSales: 0,
  };
  await ds.transaction(async (em) => {
    const qr = em.queryRunner;
    if (!qr) throw new Error('no query runner in the seed transaction');
    for (const t of DEMO_TOWNSHIPS) {
      if (
        await insertNew(qr, 'INSERT INTO townships (slug, name_zh, name_en) VALUES ($1, $2, $3)', [
          t.slug,
          t.nameZh,
          t.nameEn,
        ])
      ) {
        counts.townships++;
      }
      const townshipId = await idOf(qr, 'townships', 'slug', t.slug);
      for (const v of t.villages) {
        const id = await insertNew(
          qr,
          'INSERT INTO villages (slug, township_id, name_zh, name_en, demo) VALUES ($1, $2, $3, $4, $5)',
          [v.slug, townshipId, v.nameZh, v.nameEn, v.demo],
        );
        if (id) counts.villages++;
      }
    }
    for (const c of DEMO_CATEGORIES) {
      const id = await insertNew(
        qr,
        'INSERT INTO categories (slug, name_zh, name_en, description_zh, description_en, sort_order) VALUES ($1, $2, $3, $4, $5, $6)',
        [c.slug, c.nameZh, c.nameEn, c.descriptionZh, c.descriptionEn, c.sortOrder],
      );
      if (id) counts.categories++;
    }
    for (const c of DEMO_COOPERATIVES) {
      const exists = (await qr.query('SELECT 1 FROM cooperatives WHERE slug = $1', [c.slug])).length > 0;
      if (exists) continue;
      const banner = await insertSvg(qr, cooperativeArtSvg(c.slug, c.nameZh, c.nameEn));
      const id = await insertNew(
        qr,
        `INSERT INTO cooperatives (slug, name_zh, name_en, legal_form, credit_code, township_id, village_id, story_zh, story_en, status, banner_media_id, demo)
         VALUES ($1, $2, $3, $4, $5, (SELECT id FROM townships WHERE slug = $6), (SELECT id FROM villages WHERE slug = $7), $8, $9, $10, $11, $12)`,
        [
          c.slug,
          c.nameZh,
          c.nameEn,
          c.legalForm,
          c.creditCode,
          c.townshipSlug,
          c.villageSlug,
          c.storyZh,
          c.storyEn,
          c.status,
          banner,
          c.demo,
        ],
      );
      if (!id) continue;
      counts.cooperatives++;
      for (const [i, b] of c.benefitMechanisms.entries()) {
        await qr.query(
          'INSERT INTO benefit_mechanisms (cooperative_id, type, description_zh, description_en, sort_order) VALUES ($1, $2, $3, $4, $5)',
          [id, b.type, b.descriptionZh, b.descriptionEn, i],
        );
      }
    }
    for (const p of DEMO_PRODUCTS) {
      counts.variants += await seedProduct(qr, p, counts);
    }
    for (const r of DEMO_REPORTED_INDICATORS) {
      const id = await insertNew(
        qr,
        `INSERT INTO reported_indicators (key, label_zh, label_en, value, unit, note_zh, note_en, period_start, period_end,
           period_note_zh, period_note_en, source, sort_order) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          r.key,
          r.labelZh,
          r.labelEn,
          r.value,
          r.unit,
          r.noteZh,
          r.noteEn,
          r.periodStart,
          r.periodEnd,
          r.periodNoteZh,
          r.periodNoteEn,
          r.source,
          r.sortOrder,
        ],
      );
      if (id) counts.indicators++;
    }
    counts.aidOpeningBalance += await seedAidOpeningBalance(qr);
    const benefit = await seedAidBenefit(qr);
    counts.households += benefit.households;
    counts.payouts += benefit.payouts;
    counts.targets += benefit.targets;
    counts.offlineSales += await seedAidDemoOfflineSales(qr);
  });
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const summary = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${LABELS[k as keyof Counts]}`)
    .join(', ');
  return { total, summary };
}

async function seedProduct(qr: QueryRunner, p: DemoProduct, counts: Counts): Promise<number> {
  if ((await qr.query('SELECT 1 FROM products WHERE slug = $1', [p.slug])).length > 0) return 0;
  const productId = await insertNew(
    qr,
    `INSERT INTO products (slug, cooperative_id, category_id, village_id, name_zh, name_en, description_zh, description_en, status, demo, created_at)
     VALUES ($1, (SELECT id FROM cooperatives WHERE slug = $2), (SELECT id FROM categories WHERE slug = $3),
             (SELECT id FROM villages WHERE slug = $4), $5, $6, $7, $8, 'active', true, now() - make_interval(days => $9))`,
    [
      p.slug,
      p.cooperativeSlug,
      p.categorySlug,
      p.villageSlug,
      p.nameZh,
      p.nameEn,
      p.descriptionZh,
      p.descriptionEn,
      p.createdDaysAgo,
    ],
  );
  if (!productId) return 0;
  counts.products++;
  const media = await insertSvg(
    qr,
    productArtSvg({ categorySlug: p.categorySlug, seed: p.slug, labelZh: p.nameZh, labelEn: p.nameEn }),
  );
  await qr.query(
    'INSERT INTO product_images (product_id, media_id, position, alt_zh, alt_en) VALUES ($1, $2, 0, $3, $4)',
    [productId, media, `${p.nameZh}（示意图）`, `${p.nameEn} (illustration)`],
  );
  let variants = 0;
  for (const [i, v] of p.variants.entries()) {
    const id = await insertNew(
      qr,
      `INSERT INTO product_variants (product_id, sku, label_zh, label_en, price_fen, available, shipping_weight_grams, sort_order)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [productId, skuOf(p, v.skuSuffix), v.labelZh, v.labelEn, v.priceFen, v.stock, v.shippingWeightGrams, i],
    );
    if (id) variants++;
  }
  if (p.certificate) {
    const c = p.certificate;
    await insertNew(
      qr,
      `INSERT INTO aid_certificates (product_id, number, issuer, valid_from, valid_to, revoked, revoked_on) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [productId, c.number, c.issuer, c.validFrom, c.validTo, c.revoked, c.revokedOn],
    );
  }
  return variants;
}

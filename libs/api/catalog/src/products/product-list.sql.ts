import type { ProductListQuery } from '@shanhai/shared/contracts';

export interface SqlQuery {
  text: string;
  values: unknown[];
}

/**
 * Columns of a product card. Hand-written rather than an ORM `find` with relations: the listing
 * is the hottest read path, and one statement with joins is several times faster (docs/benchmarks.md).
 * `$1` is always today's date in China, for "certified today".
 */
export const PRODUCT_CARD_COLUMNS = `
  p.slug, p.name_zh, p.name_en, p.price_min_fen, p.price_max_fen, p.in_stock, p.demo, p.created_at,
  c.slug AS category_slug, c.name_zh AS category_name_zh, c.name_en AS category_name_en,
  co.slug AS coop_slug, co.name_zh AS coop_name_zh, co.name_en AS coop_name_en,
  ct.slug AS coop_township_slug, ct.name_zh AS coop_township_name_zh, ct.name_en AS coop_township_name_en,
  v.slug AS village_slug, v.name_zh AS village_name_zh, v.name_en AS village_name_en,
  t.slug AS township_slug, t.name_zh AS township_name_zh, t.name_en AS township_name_en,
  (SELECT pi.media_id FROM product_images pi WHERE pi.product_id = p.id ORDER BY pi.position LIMIT 1) AS cover_media_id,
  EXISTS (
    SELECT 1 FROM aid_certificates ac
    WHERE ac.product_id = p.id AND ac.valid_from <= $1::date AND ac.valid_to >= $1::date
      AND (NOT ac.revoked OR ac.revoked_on > $1::date)
  ) AS aid_certified`;

const PRODUCT_CARD_JOINS = `
  JOIN categories c ON c.id = p.category_id
  JOIN cooperatives co ON co.id = p.cooperative_id
  JOIN townships ct ON ct.id = co.township_id
  JOIN villages v ON v.id = p.village_id
  JOIN townships t ON t.id = v.township_id`;

export const PRODUCT_CARD_FROM = `FROM products p ${PRODUCT_CARD_JOINS}`;

// The page query filters products alone, with the lookups as sub-selects the planner runs once:
// cheaper than joining every matching row to four tables only to count and sort them.
const FILTER_FROM = `FROM products p`;
const PUBLIC_FILTER_ON_PRODUCTS = `p.status = 'active' AND p.cooperative_id IN (SELECT id FROM cooperatives WHERE status = 'approved')`;

/** Only what a shopper may see: listed products of approved sellers. */
export const PUBLIC_PRODUCT_FILTER = `p.status = 'active' AND co.status = 'approved'`;

const ORDER_BY: Record<NonNullable<ProductListQuery['sort']> | 'default', string> = {
  price_asc: 'p.price_min_fen ASC NULLS LAST, p.id',
  price_desc: 'p.price_max_fen DESC NULLS LAST, p.id',
  newest: 'p.created_at DESC, p.id',
  // in-stock goods first, then newest
  default: 'p.in_stock DESC, p.created_at DESC, p.id',
};

/** Escapes LIKE wildcards so a search for "100%" means the text "100%". */
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

interface Filter {
  where: string;
  values: unknown[];
  param: (v: unknown) => string;
}

/** The WHERE clause of a query's filters; `$1` is today. */
function buildFilter(query: ProductListQuery, today: string): Filter {
  const values: unknown[] = [today];
  const where = [PUBLIC_FILTER_ON_PRODUCTS];
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  if (query.q) {
    const p = param(likePattern(query.q));
    where.push(`lower(p.name_zh || ' ' || p.name_en || ' ' || p.description_zh || ' ' || p.description_en) LIKE ${p}`);
  }
  if (query.category) where.push(`p.category_id = (SELECT id FROM categories WHERE slug = ${param(query.category)})`);
  if (query.township) {
    where.push(
      `p.village_id IN (SELECT v.id FROM villages v JOIN townships t ON t.id = v.township_id WHERE t.slug = ${param(query.township)})`,
    );
  }
  if (query.cooperative) where.push(`p.cooperative_id = (SELECT id FROM cooperatives WHERE slug = ${param(query.cooperative)})`);
  // a product matches a price filter when any of its variants' prices lies in range
  if (query.minPriceFen !== undefined) where.push(`p.price_max_fen >= ${param(query.minPriceFen)}`);
  if (query.maxPriceFen !== undefined) where.push(`p.price_min_fen <= ${param(query.maxPriceFen)}`);
  if (query.certified !== undefined) {
    const exists = `EXISTS (SELECT 1 FROM aid_certificates ac2 WHERE ac2.product_id = p.id AND ac2.valid_from <= $1::date
      AND ac2.valid_to >= $1::date AND (NOT ac2.revoked OR ac2.revoked_on > $1::date))`;
    where.push(query.certified ? exists : `NOT ${exists}`);
  }
  return { where: where.join(' AND '), values, param };
}

/**
 * The list statement for a validated query. The page's ids are chosen first with only the joins
 * the filters need (and `count(*) OVER ()` for the total in the same round trip); the card
 * columns, with their sub-selects, are then computed for those 24 rows only, not for every match.
 */
export function buildProductListSql(query: ProductListQuery, today: string): SqlQuery {
  const { where, values, param } = buildFilter(query, today);
  const limit = param(query.pageSize);
  const offset = param((query.page - 1) * query.pageSize);
  const order = ORDER_BY[query.sort ?? 'default'];
  const text = `WITH page AS (
    SELECT p.id, count(*) OVER () AS total
    ${FILTER_FROM}
    WHERE ${where}
    ORDER BY ${order}
    LIMIT ${limit} OFFSET ${offset}
  )
  SELECT ${PRODUCT_CARD_COLUMNS}, page.total
  FROM page JOIN products p ON p.id = page.id
  ${PRODUCT_CARD_JOINS}
  ORDER BY ${order}`;
  return { text, values };
}

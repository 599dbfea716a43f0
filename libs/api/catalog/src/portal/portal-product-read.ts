import { q } from '@shanhai/api/platform';
import type { PortalProductDto, ProductReviewStatus, ProductStatusValue } from '@shanhai/shared/contracts';
import { chinaDate } from '@shanhai/shared/domain';
import type { DataSource, EntityManager } from 'typeorm';

interface Row {
  id: string;
  slug: string;
  name_zh: string;
  name_en: string;
  description_zh: string;
  description_en: string;
  category_slug: string;
  village_slug: string;
  status: ProductStatusValue;
  review_status: ProductReviewStatus;
  review_reason: string | null;
  created_at: Date;
  updated_at: Date;
  aid_certified: boolean;
  variants: { id: string; sku: string; labelZh: string; labelEn: string; priceFen: number; available: number; weight: number; sortOrder: number }[];
  images: { id: string; mediaId: string; thumbId: string | null; position: number }[];
}

// One statement per read: the product with its variants and images, scoped to the cooperative.
const SQL = `SELECT p.id, p.slug, p.name_zh, p.name_en, p.description_zh, p.description_en, c.slug AS category_slug,
    v.slug AS village_slug, p.status, p.review_status, p.review_reason, p.created_at, p.updated_at,
    EXISTS (SELECT 1 FROM aid_certificates ac WHERE ac.product_id = p.id AND ac.valid_from <= $1::date AND ac.valid_to >= $1::date
      AND (NOT ac.revoked OR ac.revoked_on > $1::date)) AS aid_certified,
    (SELECT coalesce(json_agg(json_build_object('id', pv.id, 'sku', pv.sku, 'labelZh', pv.label_zh, 'labelEn', pv.label_en,
        'priceFen', pv.price_fen, 'available', pv.available, 'weight', pv.shipping_weight_grams, 'sortOrder', pv.sort_order)
        ORDER BY pv.sort_order, pv.price_fen, pv.sku), '[]'::json) FROM product_variants pv WHERE pv.product_id = p.id) AS variants,
    (SELECT coalesce(json_agg(json_build_object('id', pi.id, 'mediaId', pi.media_id, 'thumbId', pi.thumb_media_id, 'position', pi.position)
        ORDER BY pi.position, pi.id), '[]'::json) FROM product_images pi WHERE pi.product_id = p.id) AS images
  FROM products p JOIN categories c ON c.id = p.category_id JOIN villages v ON v.id = p.village_id
  WHERE p.cooperative_id = $2`;

const toDto = (r: Row): PortalProductDto => ({
  id: r.id,
  slug: r.slug,
  name: { zh: r.name_zh, en: r.name_en },
  description: { zh: r.description_zh, en: r.description_en },
  categorySlug: r.category_slug,
  villageSlug: r.village_slug,
  status: r.status,
  reviewStatus: r.review_status,
  reviewReason: r.review_reason,
  aidCertified: r.aid_certified,
  variants: r.variants.map((v) => ({
    id: v.id,
    sku: v.sku,
    label: { zh: v.labelZh, en: v.labelEn },
    priceFen: Number(v.priceFen),
    available: v.available,
    shippingWeightGrams: v.weight,
    sortOrder: v.sortOrder,
  })),
  images: r.images.map((i) => ({ id: i.id, url: `/media/${i.mediaId}`, thumbUrl: i.thumbId ? `/media/${i.thumbId}` : null, position: i.position })),
  createdAt: new Date(r.created_at).toISOString(),
  updatedAt: new Date(r.updated_at).toISOString(),
});

export async function readOwnProduct(db: DataSource | EntityManager, cooperativeId: string, productId: string): Promise<PortalProductDto | null> {
  const rows = await q<Row>(db, `${SQL} AND p.id = $3`, [chinaDate(), cooperativeId, productId]);
  return rows[0] ? toDto(rows[0]) : null;
}

export async function listOwnProducts(db: DataSource | EntityManager, cooperativeId: string): Promise<PortalProductDto[]> {
  const rows = await q<Row>(db, `${SQL} ORDER BY p.created_at DESC, p.id LIMIT 1000`, [chinaDate(), cooperativeId]);
  return rows.map(toDto);
}

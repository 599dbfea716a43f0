import { PRODUCT_CARD_COLUMNS, PRODUCT_CARD_FROM, PUBLIC_PRODUCT_FILTER } from './product-list.sql';

/**
 * One round trip for a product page: the card columns plus description, variants, images and
 * the certificate to show (the one valid today if any, else the latest). `$1` today, `$2` slug.
 */
export const PRODUCT_DETAIL_SQL = `SELECT ${PRODUCT_CARD_COLUMNS},
  p.description_zh, p.description_en,
  (SELECT coalesce(json_agg(json_build_object(
      'sku', pv.sku, 'labelZh', pv.label_zh, 'labelEn', pv.label_en, 'priceFen', pv.price_fen,
      'available', pv.available, 'weight', pv.shipping_weight_grams) ORDER BY pv.sort_order, pv.price_fen), '[]'::json)
   FROM product_variants pv WHERE pv.product_id = p.id) AS variants,
  (SELECT coalesce(json_agg(json_build_object('mediaId', pi.media_id, 'altZh', pi.alt_zh, 'altEn', pi.alt_en)
      ORDER BY pi.position), '[]'::json)
   FROM product_images pi WHERE pi.product_id = p.id) AS images,
  (SELECT json_build_object('number', ac.number, 'issuer', ac.issuer, 'validFrom', ac.valid_from,
      'validTo', ac.valid_to, 'revoked', ac.revoked OR (ac.revoked_on IS NOT NULL AND ac.revoked_on <= $1::date))
   FROM aid_certificates ac WHERE ac.product_id = p.id
   ORDER BY (ac.valid_from <= $1::date AND ac.valid_to >= $1::date AND (NOT ac.revoked OR ac.revoked_on > $1::date)) DESC,
            ac.valid_to DESC
   LIMIT 1) AS certificate
  ${PRODUCT_CARD_FROM}
  WHERE ${PUBLIC_PRODUCT_FILTER} AND p.slug = $2`;

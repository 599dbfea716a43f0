import type { ProductListItemDto } from '@shanhai/shared/contracts';

/** A row of PRODUCT_CARD_COLUMNS as pg returns it (bigint as string). */
export interface ProductCardRow {
  slug: string;
  name_zh: string;
  name_en: string;
  price_min_fen: string | null;
  price_max_fen: string | null;
  in_stock: boolean;
  demo: boolean;
  created_at: Date;
  category_slug: string;
  category_name_zh: string;
  category_name_en: string;
  coop_slug: string;
  coop_name_zh: string;
  coop_name_en: string;
  coop_township_slug: string;
  coop_township_name_zh: string;
  coop_township_name_en: string;
  village_slug: string;
  village_name_zh: string;
  village_name_en: string;
  township_slug: string;
  township_name_zh: string;
  township_name_en: string;
  cover_media_id: string | null;
  aid_certified: boolean;
}

export function toProductListItem(r: ProductCardRow): ProductListItemDto {
  return {
    slug: r.slug,
    name: { zh: r.name_zh, en: r.name_en },
    category: { slug: r.category_slug, name: { zh: r.category_name_zh, en: r.category_name_en } },
    cooperative: {
      slug: r.coop_slug,
      name: { zh: r.coop_name_zh, en: r.coop_name_en },
      township: { slug: r.coop_township_slug, name: { zh: r.coop_township_name_zh, en: r.coop_township_name_en } },
    },
    township: { slug: r.township_slug, name: { zh: r.township_name_zh, en: r.township_name_en } },
    village: { slug: r.village_slug, name: { zh: r.village_name_zh, en: r.village_name_en } },
    priceMinFen: r.price_min_fen === null ? 0 : Number(r.price_min_fen),
    priceMaxFen: r.price_max_fen === null ? 0 : Number(r.price_max_fen),
    coverImageUrl: r.cover_media_id ? `/media/${r.cover_media_id}` : null,
    inStock: r.in_stock,
    aidCertified: r.aid_certified,
    demo: r.demo,
    createdAt: r.created_at.toISOString(),
  };
}

import { Inject, Injectable } from '@nestjs/common';
import { ApiException, READ_CACHE, ReadCache, readRows } from '@shanhai/api/platform';
import {
  ErrorCode,
  type BenefitMechanismType,
  type CooperativeDetailDto,
  type CooperativeListItemDto,
  type CooperativeStatus,
} from '@shanhai/shared/contracts';
import { chinaDate } from '@shanhai/shared/domain';
import { DataSource } from 'typeorm';
import { PRODUCT_CARD_COLUMNS, PRODUCT_CARD_FROM, PUBLIC_PRODUCT_FILTER } from '../products/product-list.sql';
import { toProductListItem, type ProductCardRow } from '../products/product-row.mapper';

const COOP_COLUMNS = `co.slug, co.name_zh, co.name_en, co.legal_form, co.credit_code, co.story_zh, co.story_en, co.status,
  co.banner_media_id, t.slug AS township_slug, t.name_zh AS township_name_zh, t.name_en AS township_name_en,
  v.slug AS village_slug, v.name_zh AS village_name_zh, v.name_en AS village_name_en`;
const COOP_FROM = `FROM cooperatives co JOIN townships t ON t.id = co.township_id JOIN villages v ON v.id = co.village_id`;

interface CoopRow {
  slug: string;
  name_zh: string;
  name_en: string;
  legal_form: string;
  credit_code: string;
  story_zh: string;
  story_en: string;
  status: CooperativeStatus;
  banner_media_id: string | null;
  township_slug: string;
  township_name_zh: string;
  township_name_en: string;
  village_slug: string;
  village_name_zh: string;
  village_name_en: string;
}

const summary = (r: CoopRow) => ({
  slug: r.slug,
  name: { zh: r.name_zh, en: r.name_en },
  township: { slug: r.township_slug, name: { zh: r.township_name_zh, en: r.township_name_en } },
  village: { slug: r.village_slug, name: { zh: r.village_name_zh, en: r.village_name_en } },
  bannerImageUrl: r.banner_media_id ? `/media/${r.banner_media_id}` : null,
});

@Injectable()
export class CooperativesService {
  constructor(
    private readonly db: DataSource,
    @Inject(READ_CACHE) private readonly cache: ReadCache,
  ) {}

  /** Approved sellers, with how many products they list. */
  list(): Promise<CooperativeListItemDto[]> {
    return this.cache.get('cooperatives', () => this.load());
  }

  private async load(): Promise<CooperativeListItemDto[]> {
    const rows: (CoopRow & { product_count: number })[] = await readRows(this.db, 
      `SELECT ${COOP_COLUMNS},
         (SELECT count(*)::int FROM products p WHERE p.cooperative_id = co.id AND p.status = 'active') AS product_count
       ${COOP_FROM} WHERE co.status = 'approved' ORDER BY product_count DESC, co.name_en`,
    );
    return rows.map((r) => ({ ...summary(r), productCount: r.product_count }));
  }

  /** A seller's public page; one that is not approved is not public, so it answers 404. */
  async get(slug: string): Promise<CooperativeDetailDto> {
    const rows: CoopRow[] = await readRows(this.db, 
      `SELECT ${COOP_COLUMNS} ${COOP_FROM} WHERE co.slug = $1 AND co.status = 'approved'`,
      [slug],
    );
    if (!rows.length) throw new ApiException(404, ErrorCode.CooperativeNotFound, `No cooperative "${slug}"`);
    const r = rows[0];
    const [mechanisms, products] = await Promise.all([
      readRows(this.db, 
        `SELECT b.type, b.description_zh, b.description_en FROM benefit_mechanisms b
         JOIN cooperatives co ON co.id = b.cooperative_id WHERE co.slug = $1 ORDER BY b.sort_order, b.type`,
        [slug],
      ) as Promise<{ type: BenefitMechanismType; description_zh: string; description_en: string }[]>,
      readRows(this.db, 
        `SELECT ${PRODUCT_CARD_COLUMNS} ${PRODUCT_CARD_FROM}
         WHERE ${PUBLIC_PRODUCT_FILTER} AND co.slug = $2 ORDER BY p.in_stock DESC, p.created_at DESC`,
        [chinaDate(), slug],
      ) as Promise<ProductCardRow[]>,
    ]);
    return {
      ...summary(r),
      legalForm: r.legal_form,
      creditCode: r.credit_code,
      story: { zh: r.story_zh, en: r.story_en },
      status: r.status,
      benefitMechanisms: mechanisms.map((m) => ({ type: m.type, description: { zh: m.description_zh, en: m.description_en } })),
      products: products.map(toProductListItem),
    };
  }
}

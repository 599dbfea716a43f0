import { Inject, Injectable } from '@nestjs/common';
import { ApiException, READ_CACHE, ReadCache, readRows } from '@shanhai/api/platform';
import {
  ErrorCode,
  type ProductDetailDto,
  type ProductListQuery,
  type ProductListResponse,
} from '@shanhai/shared/contracts';
import { chinaDate } from '@shanhai/shared/domain';
import { DataSource } from 'typeorm';
import { PRODUCT_DETAIL_SQL } from './product-detail.sql';
import { buildProductListSql } from './product-list.sql';
import { toProductListItem, type ProductCardRow } from './product-row.mapper';

interface DetailRow extends ProductCardRow {
  description_zh: string;
  description_en: string;
  variants: { sku: string; labelZh: string; labelEn: string; priceFen: number; available: number; weight: number }[];
  images: { mediaId: string; altZh: string; altEn: string }[];
  certificate: { number: string; issuer: string; validFrom: string; validTo: string; revoked: boolean } | null;
}

@Injectable()
export class ProductsService {
  constructor(
    private readonly db: DataSource,
    @Inject(READ_CACHE) private readonly cache: ReadCache,
  ) {}

  /**
   * The listing as JSON text. The cache keeps the text rather than the object: serialising a
   * page of 24 cards costs about 0.1 ms, a third of the cached path's time per request.
   */
  async listJson(query: ProductListQuery): Promise<string> {
    const today = chinaDate();
    const cached = await this.cache.get(`products:${today}:${JSON.stringify(query)}`, async () => ({
      json: JSON.stringify(await this.list(query, today)),
    }));
    return cached.json;
  }

  list(query: ProductListQuery, today = chinaDate()): Promise<ProductListResponse> {
    return this.load(query, today);
  }

  private async load(query: ProductListQuery, today: string): Promise<ProductListResponse> {
    const { text, values } = buildProductListSql(query, today);
    const rows: (ProductCardRow & { total: string })[] = await readRows(this.db, text, values);
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.page > 1) {
      // past the last page: the first row of the same statement carries the total
      const first = buildProductListSql({ ...query, page: 1, pageSize: 1 }, today);
      const head = await readRows<{ total: string }>(this.db, first.text, first.values);
      total = head.length ? Number(head[0].total) : 0;
    }
    return { items: rows.map(toProductListItem), total, page: query.page, pageSize: query.pageSize };
  }

  async get(slug: string): Promise<ProductDetailDto> {
    const today = chinaDate();
    const rows: DetailRow[] = await readRows(this.db, PRODUCT_DETAIL_SQL, [today, slug]);
    if (!rows.length) throw new ApiException(404, ErrorCode.ProductNotFound, `No product "${slug}"`);
    const r = rows[0];
    const cert = r.certificate;
    return {
      ...toProductListItem(r),
      description: { zh: r.description_zh, en: r.description_en },
      images: r.images.map((i) => ({ url: `/media/${i.mediaId}`, alt: { zh: i.altZh, en: i.altEn } })),
      variants: r.variants.map((v) => ({
        sku: v.sku,
        label: { zh: v.labelZh, en: v.labelEn },
        priceFen: Number(v.priceFen),
        available: v.available,
        shippingWeightGrams: v.weight,
      })),
      certificate: cert
        ? {
            number: cert.number,
            issuer: cert.issuer,
            validFrom: cert.validFrom,
            validTo: cert.validTo,
            revoked: cert.revoked,
            validToday: !cert.revoked && cert.validFrom <= today && cert.validTo >= today,
          }
        : null,
    };
  }
}

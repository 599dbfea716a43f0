import { Inject, Injectable } from '@nestjs/common';
import type { CategoryDto, TownshipDto } from '@shanhai/shared/contracts';
import { READ_CACHE, ReadCache, readRows } from '@shanhai/api/platform';
import { DataSource } from 'typeorm';
import { PUBLIC_PRODUCT_FILTER } from '../products/product-list.sql';

@Injectable()
export class PlacesService {
  constructor(
    private readonly db: DataSource,
    @Inject(READ_CACHE) private readonly cache: ReadCache,
  ) {}

  categories(): Promise<CategoryDto[]> {
    return this.cache.get('categories', () => this.loadCategories());
  }

  townships(): Promise<TownshipDto[]> {
    return this.cache.get('townships', () => this.loadTownships());
  }

  private async loadCategories(): Promise<CategoryDto[]> {
    const rows: { slug: string; name_zh: string; name_en: string; description_zh: string; description_en: string; product_count: number }[] =
      await readRows(this.db, 
        `SELECT c.slug, c.name_zh, c.name_en, c.description_zh, c.description_en,
           (SELECT count(*)::int FROM products p JOIN cooperatives co ON co.id = p.cooperative_id
            WHERE p.category_id = c.id AND ${PUBLIC_PRODUCT_FILTER}) AS product_count
         FROM categories c ORDER BY c.sort_order, c.slug`,
      );
    return rows.map((r) => ({
      slug: r.slug,
      name: { zh: r.name_zh, en: r.name_en },
      description: { zh: r.description_zh, en: r.description_en },
      productCount: r.product_count,
    }));
  }

  private async loadTownships(): Promise<TownshipDto[]> {
    const rows: { slug: string; name_zh: string; name_en: string; villages: { slug: string; zh: string; en: string }[] }[] =
      await readRows(this.db, 
        `SELECT t.slug, t.name_zh, t.name_en,
           coalesce(json_agg(json_build_object('slug', v.slug, 'zh', v.name_zh, 'en', v.name_en) ORDER BY v.name_en)
             FILTER (WHERE v.id IS NOT NULL), '[]'::json) AS villages
         FROM townships t LEFT JOIN villages v ON v.township_id = t.id
         GROUP BY t.id ORDER BY t.name_en`,
      );
    return rows.map((r) => ({
      slug: r.slug,
      name: { zh: r.name_zh, en: r.name_en },
      villages: r.villages.map((v) => ({ slug: v.slug, name: { zh: v.zh, en: v.en } })),
    }));
  }
}

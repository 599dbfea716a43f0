import { Injectable } from '@nestjs/common';
import { ApiException, q, recordAudit, type AuditOrigin } from '@shanhai/api/platform';
import {
  ErrorCode,
  PortalErrorCode,
  type PortalProductDto,
  type ProductCreateSchema,
  type ProductStatusValue,
  type ProductUpdateSchema,
  type StockChangeRequest,
  type StockMovementDto,
  type VariantInputSchema,
  type VariantUpdateSchema,
} from '@shanhai/shared/contracts';
import { slugify } from '@shanhai/shared/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { assertSelling, lockOwnProduct, productNotFound, variantNotFound } from './portal-access';
import { listOwnProducts, readOwnProduct } from './portal-product-read';

type ProductCreate = z.output<typeof ProductCreateSchema>;
type ProductUpdate = z.output<typeof ProductUpdateSchema>;
type VariantInput = z.output<typeof VariantInputSchema>;
type VariantUpdate = z.output<typeof VariantUpdateSchema>;

const MAX_VARIANTS = 20;

/** Who acts and from where, for the audit log. */
export interface Actor {
  cooperativeId: string;
  userId: string;
  origin: AuditOrigin;
}

/**
 * A cooperative's goods: every read and write is scoped to the member's cooperative, and another
 * cooperative's product, variant or image answers 404. Every write is audited with before and after.
 */
@Injectable()
export class PortalProductsService {
  constructor(private readonly db: DataSource) {}

  list(cooperativeId: string): Promise<PortalProductDto[]> {
    return listOwnProducts(this.db, cooperativeId);
  }

  async get(cooperativeId: string, productId: string): Promise<PortalProductDto> {
    const dto = await readOwnProduct(this.db, cooperativeId, productId);
    if (!dto) throw productNotFound();
    return dto;
  }

  /** A new product is a draft waiting for the platform's review; it lists once approved and set active. */
  async create(actor: Actor, input: ProductCreate): Promise<PortalProductDto> {
    return this.db.transaction(async (em) => {
      await assertSelling(em, actor.cooperativeId);
      const refs = await this.refs(em, input.categorySlug, input.villageSlug);
      const slug = await this.freeSlug(em, slugify(input.nameEn) || 'product');
      const [row] = await q<{ id: string }>(
        em,
        `INSERT INTO products (slug, cooperative_id, category_id, village_id, name_zh, name_en, description_zh, description_en, status, review_status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'draft', 'pending') RETURNING id`,
        [slug, actor.cooperativeId, refs.categoryId, refs.villageId, input.nameZh, input.nameEn, input.descriptionZh, input.descriptionEn],
      );
      for (const [i, v] of input.variants.entries()) await this.insertVariant(em, row.id, v, i);
      const after = await this.read(em, actor.cooperativeId, row.id);
      await recordAudit(em, { actorUserId: actor.userId, action: 'product.create', entity: 'product', entityId: row.id, before: null, after, ...actor.origin });
      return after;
    });
  }

  /** Edits the description of a product; a rejected product goes back to the review queue. */
  async update(actor: Actor, productId: string, input: ProductUpdate): Promise<PortalProductDto> {
    return this.db.transaction(async (em) => {
      await assertSelling(em, actor.cooperativeId);
      await lockOwnProduct(em, productId, actor.cooperativeId);
      const before = await this.read(em, actor.cooperativeId, productId);
      const refs =
        input.categorySlug || input.villageSlug
          ? await this.refs(em, input.categorySlug ?? before.categorySlug, input.villageSlug ?? before.villageSlug)
          : null;
      await em.query(
        `UPDATE products SET name_zh = coalesce($2, name_zh), name_en = coalesce($3, name_en),
           description_zh = coalesce($4, description_zh), description_en = coalesce($5, description_en),
           category_id = coalesce($6, category_id), village_id = coalesce($7, village_id),
           review_status = CASE WHEN review_status = 'rejected' THEN 'pending' ELSE review_status END,
           updated_at = now()
         WHERE id = $1`,
        [productId, input.nameZh ?? null, input.nameEn ?? null, input.descriptionZh ?? null, input.descriptionEn ?? null, refs?.categoryId ?? null, refs?.villageId ?? null],
      );
      const after = await this.read(em, actor.cooperativeId, productId);
      await recordAudit(em, { actorUserId: actor.userId, action: 'product.update', entity: 'product', entityId: productId, before, after, ...actor.origin });
      return after;
    });
  }

  /** Lists (active), hides or shelves (draft) a product; listing needs the platform's approval and a photo. */
  async setStatus(actor: Actor, productId: string, status: ProductStatusValue): Promise<PortalProductDto> {
    return this.db.transaction(async (em) => {
      await assertSelling(em, actor.cooperativeId);
      await lockOwnProduct(em, productId, actor.cooperativeId);
      const before = await this.read(em, actor.cooperativeId, productId);
      if (status === 'active' && before.reviewStatus !== 'approved') {
        throw new ApiException(409, PortalErrorCode.ProductNotApproved, `This product is ${before.reviewStatus}: it can be listed once the platform approves it.`);
      }
      // every listed product shows a photo (the storefront's cards and page expect one)
      if (status === 'active' && before.images.length === 0) {
        throw new ApiException(409, PortalErrorCode.ProductNeedsPhoto, 'Add at least one photo before listing this product.');
      }
      await em.query('UPDATE products SET status = $2, updated_at = now() WHERE id = $1', [productId, status]);
      const after = await this.read(em, actor.cooperativeId, productId);
      await recordAudit(em, {
        actorUserId: actor.userId,
        action: 'product.status',
        entity: 'product',
        entityId: productId,
        before: { status: before.status },
        after: { status: after.status },
        ...actor.origin,
      });
      return after;
    });
  }

  async addVariant(actor: Actor, productId: string, input: VariantInput): Promise<PortalProductDto> {
    return this.db.transaction(async (em) => {
      await assertSelling(em, actor.cooperativeId);
      await lockOwnProduct(em, productId, actor.cooperativeId);
      const [{ n }] = await q<{ n: number }>(em, 'SELECT count(*)::int AS n FROM product_variants WHERE product_id = $1', [productId]);
      if (n >= MAX_VARIANTS) throw new ApiException(409, ErrorCode.ValidationFailed, `A product has at most ${MAX_VARIANTS} variants.`);
      const id = await this.insertVariant(em, productId, input, n);
      const after = await this.read(em, actor.cooperativeId, productId);
      await recordAudit(em, {
        actorUserId: actor.userId,
        action: 'product.variant.create',
        entity: 'product_variant',
        entityId: id,
        before: null,
        after: after.variants.find((v) => v.id === id),
        ...actor.origin,
      });
      return after;
    });
  }

  /** Edits a variant's label, price or weight; its stock changes only through movements. */
  async updateVariant(actor: Actor, variantId: string, input: VariantUpdate): Promise<PortalProductDto> {
    return this.db.transaction(async (em) => {
      await assertSelling(em, actor.cooperativeId);
      const productId = await this.lockOwnVariant(em, variantId, actor.cooperativeId);
      const before = (await this.read(em, actor.cooperativeId, productId)).variants.find((v) => v.id === variantId);
      await em.query(
        `UPDATE product_variants SET label_zh = coalesce($2, label_zh), label_en = coalesce($3, label_en), price_fen = coalesce($4, price_fen),
           shipping_weight_grams = coalesce($5, shipping_weight_grams), sort_order = coalesce($6, sort_order), updated_at = now()
         WHERE id = $1`,
        [variantId, input.labelZh ?? null, input.labelEn ?? null, input.priceFen ?? null, input.shippingWeightGrams ?? null, input.sortOrder ?? null],
      );
      const after = await this.read(em, actor.cooperativeId, productId);
      await recordAudit(em, {
        actorUserId: actor.userId,
        action: 'product.variant.update',
        entity: 'product_variant',
        entityId: variantId,
        before,
        after: after.variants.find((v) => v.id === variantId),
        ...actor.origin,
      });
      return after;
    });
  }

  /**
   * Adds or removes stock with a reason, kept as a movement. The change is one conditional UPDATE,
   * so it composes with checkout's concurrent decrements and never takes stock below zero.
   */
  async changeStock(actor: Actor, variantId: string, input: StockChangeRequest): Promise<StockMovementDto> {
    return this.db.transaction(async (em) => {
      await assertSelling(em, actor.cooperativeId);
      const rows = await q<{ sku: string; available: number }>(
        em,
        `UPDATE product_variants v SET available = v.available + $3, updated_at = now()
         FROM products p WHERE v.id = $1 AND p.id = v.product_id AND p.cooperative_id = $2 AND v.available + $3 >= 0
         RETURNING v.sku, v.available`,
        [variantId, actor.cooperativeId, input.delta],
      );
      if (!rows.length) {
        const [own] = await q<{ available: number }>(
          em,
          'SELECT v.available FROM product_variants v JOIN products p ON p.id = v.product_id WHERE v.id = $1 AND p.cooperative_id = $2',
          [variantId, actor.cooperativeId],
        );
        if (!own) throw variantNotFound();
        throw new ApiException(409, PortalErrorCode.StockWouldGoNegative, `Only ${own.available} in stock: cannot remove ${-input.delta}.`, {
          delta: [`must be at least ${-own.available}`],
        });
      }
      const [m] = await q<{ id: string; created_at: Date }>(
        em,
        `INSERT INTO stock_movements (variant_id, cooperative_id, delta, reason, note, available_after, actor_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at`,
        [variantId, actor.cooperativeId, input.delta, input.reason, input.note ?? null, rows[0].available, actor.userId],
      );
      const dto: StockMovementDto = {
        id: m.id,
        variantId,
        sku: rows[0].sku,
        delta: input.delta,
        reason: input.reason,
        note: input.note ?? null,
        availableAfter: rows[0].available,
        actorUserId: actor.userId,
        at: new Date(m.created_at).toISOString(),
      };
      await recordAudit(em, {
        actorUserId: actor.userId,
        action: 'stock.change',
        entity: 'product_variant',
        entityId: variantId,
        before: { available: rows[0].available - input.delta },
        after: { available: rows[0].available, delta: input.delta, reason: input.reason },
        ...actor.origin,
      });
      return dto;
    });
  }

  /** The movement history of the cooperative's stock, newest first; one variant's with `variantId`. */
  async movements(cooperativeId: string, variantId: string | null): Promise<StockMovementDto[]> {
    if (variantId) {
      const own = await q(this.db, 'SELECT 1 FROM product_variants v JOIN products p ON p.id = v.product_id WHERE v.id = $1 AND p.cooperative_id = $2', [
        variantId,
        cooperativeId,
      ]);
      if (!own.length) throw variantNotFound();
    }
    const rows = await q<{
      id: string;
      variant_id: string;
      sku: string;
      delta: number;
      reason: StockMovementDto['reason'];
      note: string | null;
      available_after: number;
      actor_user_id: string | null;
      created_at: Date;
    }>(
      this.db,
      `SELECT m.id, m.variant_id, v.sku, m.delta, m.reason, m.note, m.available_after, m.actor_user_id, m.created_at
       FROM stock_movements m JOIN product_variants v ON v.id = m.variant_id
       WHERE m.cooperative_id = $1 AND ($2::uuid IS NULL OR m.variant_id = $2) ORDER BY m.id DESC LIMIT 500`,
      [cooperativeId, variantId],
    );
    return rows.map((r) => ({
      id: r.id,
      variantId: r.variant_id,
      sku: r.sku,
      delta: r.delta,
      reason: r.reason,
      note: r.note,
      availableAfter: r.available_after,
      actorUserId: r.actor_user_id,
      at: new Date(r.created_at).toISOString(),
    }));
  }

  async read(em: DataSource | EntityManager, cooperativeId: string, productId: string): Promise<PortalProductDto> {
    const dto = await readOwnProduct(em, cooperativeId, productId);
    if (!dto) throw productNotFound();
    return dto;
  }

  private async lockOwnVariant(em: EntityManager, variantId: string, cooperativeId: string): Promise<string> {
    const [row] = await q<{ product_id: string }>(
      em,
      `SELECT v.product_id FROM product_variants v JOIN products p ON p.id = v.product_id
       WHERE v.id = $1 AND p.cooperative_id = $2 FOR UPDATE OF v`,
      [variantId, cooperativeId],
    );
    if (!row) throw variantNotFound();
    return row.product_id;
  }

  private async insertVariant(em: EntityManager, productId: string, v: VariantInput, sortOrder: number): Promise<string> {
    const sku = v.sku ?? `SH-${randomBytes(5).toString('hex').toUpperCase()}`;
    const rows = await q<{ id: string }>(
      em,
      `INSERT INTO product_variants (product_id, sku, label_zh, label_en, price_fen, available, shipping_weight_grams, sort_order)
       VALUES ($1, $2, $3, $4, $5, 0, $6, $7) ON CONFLICT (sku) DO NOTHING RETURNING id`,
      [productId, sku, v.labelZh, v.labelEn, v.priceFen, v.shippingWeightGrams, sortOrder],
    );
    if (!rows.length) throw new ApiException(409, PortalErrorCode.SkuTaken, `The SKU ${sku} is taken; choose another.`, { sku: ['is taken'] });
    return rows[0].id;
  }

  private async refs(em: EntityManager, categorySlug: string, villageSlug: string): Promise<{ categoryId: string; villageId: string }> {
    const [row] = await q<{ category_id: string | null; village_id: string | null }>(
      em,
      'SELECT (SELECT id FROM categories WHERE slug = $1) AS category_id, (SELECT id FROM villages WHERE slug = $2) AS village_id',
      [categorySlug, villageSlug],
    );
    const fields: Record<string, string[]> = {};
    if (!row.category_id) fields['categorySlug'] = ['must be an existing category'];
    if (!row.village_id) fields['villageSlug'] = ['must be an existing village'];
    if (!row.category_id || !row.village_id) throw new ApiException(400, ErrorCode.ValidationFailed, 'Unknown category or village.', fields);
    return { categoryId: row.category_id, villageId: row.village_id };
  }

  private async freeSlug(em: EntityManager, base: string): Promise<string> {
    const trimmed = base.slice(0, 70).replace(/-+$/g, '');
    const taken = await q(em, 'SELECT 1 FROM products WHERE slug = $1', [trimmed]);
    return taken.length ? `${trimmed}-${randomBytes(3).toString('hex')}` : trimmed;
  }
}

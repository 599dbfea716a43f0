import { Injectable } from '@nestjs/common';
import { ApiException, sqlRows } from '@shanhai/api/platform';
import { ErrorCode, MAX_LINE_QUANTITY, type CartDto, type CartLineDto, type CartLineProblem } from '@shanhai/shared/contracts';
import { shippingFen } from '@shanhai/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { shippingRulesFor } from '../checkout/shipping-rules';

export interface CartOwner {
  userId: string | null;
  guestCartId: string | null;
}

interface LineRow {
  sku: string;
  quantity: number;
  added_price_fen: string;
  price_fen: string;
  available: number;
  product_slug: string;
  name_zh: string;
  name_en: string;
  label_zh: string;
  label_en: string;
  cooperative_id: string;
  coop_slug: string;
  coop_name_zh: string;
  coop_name_en: string;
  sellable: boolean;
  cover_media_id: string | null;
}

@Injectable()
export class CartService {
  constructor(private readonly db: DataSource) {}

  /** The cart's id for this owner; a guest or account without one gets a new cart. */
  async ensureCart(owner: CartOwner, em: EntityManager = this.db.manager): Promise<string> {
    if (owner.userId) {
      const rows: { id: string }[] = await em.query(
        `INSERT INTO carts (user_id) VALUES ($1) ON CONFLICT (user_id) WHERE user_id IS NOT NULL DO UPDATE SET updated_at = now() RETURNING id`,
        [owner.userId],
      );
      return rows[0].id;
    }
    if (owner.guestCartId) {
      const rows: { id: string }[] = await em.query('SELECT id FROM carts WHERE id = $1 AND user_id IS NULL', [owner.guestCartId]);
      if (rows.length) return rows[0].id;
    }
    const rows: { id: string }[] = await em.query('INSERT INTO carts DEFAULT VALUES RETURNING id');
    return rows[0].id;
  }

  /** The cart's id when it exists, without creating one. */
  async findCart(owner: CartOwner): Promise<string | null> {
    const rows: { id: string }[] = owner.userId
      ? await this.db.query('SELECT id FROM carts WHERE user_id = $1', [owner.userId])
      : owner.guestCartId
        ? await this.db.query('SELECT id FROM carts WHERE id = $1 AND user_id IS NULL', [owner.guestCartId])
        : [];
    return rows[0]?.id ?? null;
  }

  async addLine(cartId: string, sku: string, quantity: number): Promise<void> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO cart_lines (cart_id, variant_id, quantity, added_price_fen)
       SELECT $1, v.id, $3, v.price_fen FROM product_variants v WHERE v.sku = $2
       ON CONFLICT (cart_id, variant_id) DO UPDATE SET quantity = least($4, cart_lines.quantity + EXCLUDED.quantity)
       RETURNING id`,
      [cartId, sku, quantity, MAX_LINE_QUANTITY],
    );
    if (!rows.length) throw new ApiException(404, ErrorCode.SkuNotFound, `No product variant "${sku}"`);
  }

  async setQuantity(cartId: string, sku: string, quantity: number): Promise<void> {
    if (quantity === 0) return this.removeLine(cartId, sku);
    const rows = await sqlRows(
      this.db,
      `UPDATE cart_lines cl SET quantity = $3 FROM product_variants v
       WHERE cl.cart_id = $1 AND cl.variant_id = v.id AND v.sku = $2 RETURNING cl.id`,
      [cartId, sku, quantity],
    );
    if (!rows.length) throw new ApiException(404, ErrorCode.SkuNotFound, `"${sku}" is not in the cart`);
  }

  async removeLine(cartId: string, sku: string): Promise<void> {
    await this.db.query(
      'DELETE FROM cart_lines cl USING product_variants v WHERE cl.cart_id = $1 AND cl.variant_id = v.id AND v.sku = $2',
      [cartId, sku],
    );
  }

  /** Moves a guest cart's lines into the account's cart (quantities add up, capped) and drops it. */
  async mergeGuestCart(guestCartId: string, userId: string): Promise<void> {
    await this.db.transaction(async (em) => {
      const guest: { id: string }[] = await em.query('SELECT id FROM carts WHERE id = $1 AND user_id IS NULL FOR UPDATE', [guestCartId]);
      if (!guest.length) return;
      const target = await this.ensureCart({ userId, guestCartId: null }, em);
      await em.query(
        `INSERT INTO cart_lines (cart_id, variant_id, quantity, added_price_fen)
         SELECT $2, variant_id, quantity, added_price_fen FROM cart_lines WHERE cart_id = $1
         ON CONFLICT (cart_id, variant_id) DO UPDATE SET quantity = least($3, cart_lines.quantity + EXCLUDED.quantity)`,
        [guestCartId, target, MAX_LINE_QUANTITY],
      );
      await em.query('DELETE FROM cart_lines WHERE cart_id = $1', [guestCartId]);
      await em.query('DELETE FROM carts WHERE id = $1', [guestCartId]);
    });
  }

  /** The cart with prices and stock read now, each line's problem, and one shipment per cooperative. */
  async view(cartId: string | null): Promise<CartDto> {
    const rows: LineRow[] = cartId
      ? await this.db.query(
          `SELECT v.sku, cl.quantity, cl.added_price_fen, v.price_fen, v.available, p.slug AS product_slug,
             p.name_zh, p.name_en, v.label_zh, v.label_en, co.id AS cooperative_id, co.slug AS coop_slug,
             co.name_zh AS coop_name_zh, co.name_en AS coop_name_en,
             (p.status = 'active' AND co.status = 'approved') AS sellable,
             (SELECT pi.media_id FROM product_images pi WHERE pi.product_id = p.id ORDER BY pi.position LIMIT 1) AS cover_media_id
           FROM cart_lines cl JOIN product_variants v ON v.id = cl.variant_id JOIN products p ON p.id = v.product_id
           JOIN cooperatives co ON co.id = p.cooperative_id
           WHERE cl.cart_id = $1 ORDER BY co.slug, cl.created_at`,
          [cartId],
        )
      : [];
    const lines: (CartLineDto & { cooperativeId: string })[] = rows.map((r) => {
      const unit = Number(r.price_fen);
      const added = Number(r.added_price_fen);
      let problem: CartLineProblem | null = null;
      if (!r.sellable) problem = 'unavailable';
      else if (r.available <= 0) problem = 'out_of_stock';
      else if (r.quantity > r.available) problem = 'insufficient_stock';
      else if (unit !== added) problem = 'price_changed';
      return {
        cooperativeId: r.cooperative_id,
        sku: r.sku,
        productSlug: r.product_slug,
        name: { zh: r.name_zh, en: r.name_en },
        variantLabel: { zh: r.label_zh, en: r.label_en },
        cooperative: { slug: r.coop_slug, name: { zh: r.coop_name_zh, en: r.coop_name_en } },
        imageUrl: r.cover_media_id ? `/media/${r.cover_media_id}` : null,
        quantity: r.quantity,
        unitPriceFen: unit,
        addedAtPriceFen: added,
        available: r.available,
        lineTotalFen: unit * r.quantity,
        problem,
      };
    });
    const coopIds = [...new Set(lines.map((l) => l.cooperativeId))];
    const rules = await shippingRulesFor(this.db.manager, coopIds);
    const shipments = coopIds.map((id) => {
      const own = lines.filter((l) => l.cooperativeId === id);
      const itemsFen = own.reduce((s, l) => s + l.lineTotalFen, 0);
      const rule = rules(id);
      return { cooperative: own[0].cooperative, itemsFen, shippingFen: shippingFen(itemsFen, rule), freeShippingOverFen: rule.freeOverFen };
    });
    const itemsFen = shipments.reduce((s, x) => s + x.itemsFen, 0);
    const shipping = shipments.reduce((s, x) => s + x.shippingFen, 0);
    return {
      lines: lines.map(({ cooperativeId: _omit, ...l }) => l),
      shipments,
      itemsFen,
      shippingFen: shipping,
      totalFen: itemsFen + shipping,
      // a changed price only needs the shopper to see it; it does not block checkout
      ready: lines.length > 0 && lines.every((l) => l.problem === null || l.problem === 'price_changed'),
    };
  }
}

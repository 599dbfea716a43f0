import { Inject, Injectable } from '@nestjs/common';
import { ApiException, APP_CONFIG, type AppConfig, q, sqlRows } from '@shanhai/api/platform';
import { ErrorCode, type AddressDto, type CreateOrderRequest, type OutOfStockLineDto } from '@shanhai/shared/contracts';
import { shippingFen } from '@shanhai/shared/domain';
import { createHash, randomInt } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { PaymentsService } from '../payments/payments.service';
import { loadSaleItems, type SaleItem } from './checkout-items';

export interface PlacedOrder {
  orderId: string;
  /** false when the key had already placed this order */
  created: boolean;
}

/**
 * Order numbers people can read out on the phone: SH, the date in China, eight random digits
 * (random, so the number does not tell how many orders there are).
 */
function orderNumber(now: Date): string {
  const d = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(2, 10).replace(/-/g, '');
  return `SH${d}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

@Injectable()
export class CheckoutService {
  constructor(
    private readonly db: DataSource,
    private readonly payments: PaymentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Places an order in one transaction: the same key returns the same order; every variant's
   * stock is taken with a conditional decrement (never below zero); totals are priced here; the
   * order splits into one fulfilment per cooperative; each line snapshots what it was sold as.
   * Anything out of stock → 409 with the lines, and nothing is written.
   */
  async place(userId: string, idempotencyKey: string, request: CreateOrderRequest): Promise<PlacedOrder> {
    const lines = mergeLines(request.lines);
    const requestHash = createHash('sha256')
      .update(
        JSON.stringify({ a: request.addressId, p: request.paymentMethod, n: request.note ?? '', l: lines }),
      )
      .digest('hex');
    const placed = await this.db.transaction(async (em) => {
      // one request at a time per key: a retry waits for the first and then finds its order
      await q(em, 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `order:${userId}:${idempotencyKey}`,
      ]);
      // the order this key already placed, and the delivery address, in one round trip after the lock
      const [found] = await q<{ existing: { id: string; request_hash: string } | null; address: AddressDto | null }>(
        em,
        `SELECT
           (SELECT json_build_object('id', o.id, 'request_hash', o.request_hash) FROM orders o
            WHERE o.user_id = $1 AND o.idempotency_key = $2) AS existing,
           (SELECT json_build_object('id', a.id, 'recipient', a.recipient, 'mobile', a.mobile, 'province', a.province,
              'city', a.city, 'district', a.district, 'street', a.street, 'postalCode', a.postal_code, 'isDefault', a.is_default)
            FROM addresses a WHERE a.id = $3 AND a.user_id = $1) AS address`,
        [userId, idempotencyKey, request.addressId],
      );
      if (found.existing) {
        if (found.existing.request_hash !== requestHash) {
          throw new ApiException(
            422,
            ErrorCode.IdempotencyKeyReused,
            'This Idempotency-Key was used for a different order.',
          );
        }
        return { orderId: found.existing.id, created: false };
      }
      const address = found.address;
      if (!address) throw new ApiException(404, ErrorCode.AddressNotFound, 'No such address');
      const items = await loadSaleItems(em, lines);
      await this.takeStock(em, lines, items);
      return {
        orderId: await this.writeOrder(em, userId, idempotencyKey, requestHash, request, address, items),
        created: true,
      };
    });
    // after the commit, never inside the transaction: open the payment at the provider (Stripe's PaymentIntent)
    if (request.paymentMethod === 'stripe') await this.payments.startPayment(placed.orderId);
    return placed;
  }

  private async takeStock(
    em: EntityManager,
    lines: { sku: string; quantity: number }[],
    items: SaleItem[],
  ): Promise<void> {
    const failed: OutOfStockLineDto[] = [];
    for (const line of lines) {
      const item = items.find((i) => i.sku === line.sku);
      if (!item)
        throw new ApiException(404, ErrorCode.SkuNotFound, `No product variant "${line.sku}"`, {
          lines: [`unknown sku ${line.sku}`],
        });
      if (!item.sellable) failed.push({ sku: line.sku, requested: line.quantity, available: 0 });
    }
    // lock variants in id order, the same order every checkout and restock uses: no deadlocks
    for (const item of [...items].sort((a, b) => a.variantId.localeCompare(b.variantId))) {
      if (!item.sellable) continue;
      const updated = await sqlRows(
        em,
        'UPDATE product_variants SET available = available - $2 WHERE id = $1 AND available >= $2 RETURNING available',
        [item.variantId, item.quantity],
      );
      if (!updated.length) {
        const now: { available: number }[] = await q(
          em,
          'SELECT available FROM product_variants WHERE id = $1',
          [item.variantId],
        );
        failed.push({ sku: item.sku, requested: item.quantity, available: now[0]?.available ?? 0 });
      }
    }
    if (failed.length) {
      const e = new ApiException(
        409,
        ErrorCode.OutOfStock,
        `Not enough stock for ${failed.map((f) => f.sku).join(', ')}`,
      );
      (e.getResponse() as { lines?: OutOfStockLineDto[] }).lines = failed;
      throw e;
    }
  }

  private async writeOrder(
    em: EntityManager,
    userId: string,
    idempotencyKey: string,
    requestHash: string,
    request: CreateOrderRequest,
    address: AddressDto,
    items: SaleItem[],
  ): Promise<string> {
    const coopIds = [...new Set(items.map((i) => i.cooperativeId))];
    const shares = coopIds.map((id) => {
      const own = items.filter((i) => i.cooperativeId === id);
      const itemsFen = own.reduce((s, i) => s + i.unitPriceFen * i.quantity, 0);
      return { id, own, itemsFen, shippingFen: shippingFen(itemsFen, own[0].shippingRule) };
    });
    const itemsFen = shares.reduce((s, x) => s + x.itemsFen, 0);
    const shipping = shares.reduce((s, x) => s + x.shippingFen, 0);
    const now = new Date();
    this.payments.provider(request.paymentMethod);
    const sharesJson = JSON.stringify(
      shares.map((x) => ({
        cooperativeId: x.id,
        slug: x.own[0].cooperativeSlug,
        nameZh: x.own[0].cooperativeNameZh,
        nameEn: x.own[0].cooperativeNameEn,
        itemsFen: x.itemsFen,
        shippingFen: x.shippingFen,
      })),
    );
    // Order numbers are random, so two orders may draw the same one: draw again (ON CONFLICT on the number only).
    let order: { id: string } | undefined;
    for (let attempt = 0; !order && attempt < 5; attempt++) {
      [order] = await q<{ id: string }>(em, WRITE_ORDER_SQL, [
        orderNumber(now),
        userId,
        request.paymentMethod,
        itemsFen,
        shipping,
        itemsFen + shipping,
        idempotencyKey,
        requestHash,
        address.recipient,
        address.mobile,
        address.province,
        address.city,
        address.district,
        address.street,
        address.postalCode,
        request.note ?? null,
        this.config.orderPaymentTimeoutMinutes,
        sharesJson,
        JSON.stringify(items),
        items.map((i) => i.variantId),
      ]);
    }
    if (!order) throw new Error('could not draw a free order number');
    return order.id;
  }
}

/**
 * The whole order in one round trip: the order, one fulfilment per cooperative, every line's
 * snapshot, the first history row, the outbox event, the pending payment, and the bought lines
 * taken out of the cart. Each part used to be its own statement; on this machine the round trips,
 * not the work, were what limited orders per second. With a clashing order number nothing is
 * written and the caller draws again.
 */
const WRITE_ORDER_SQL = `WITH o AS (
    INSERT INTO orders (number, user_id, status, payment_status, payment_method, items_fen, shipping_fen, total_fen,
      idempotency_key, request_hash, recipient, mobile, province, city, district, street, postal_code, note, expires_at)
    VALUES ($1, $2, 'awaiting_payment', 'unpaid', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
      now() + make_interval(mins => $17))
    ON CONFLICT (number) DO NOTHING
    RETURNING id
  ), f AS (
    INSERT INTO fulfilments (order_id, cooperative_id, cooperative_slug, cooperative_name_zh, cooperative_name_en, status, items_fen, shipping_fen)
    SELECT o.id, s."cooperativeId", s.slug, s."nameZh", s."nameEn", 'awaiting_payment', s."itemsFen", s."shippingFen"
    FROM o, jsonb_to_recordset($18::jsonb) AS s("cooperativeId" uuid, slug text, "nameZh" text, "nameEn" text, "itemsFen" bigint, "shippingFen" bigint)
    RETURNING id, order_id, cooperative_id
  ), l AS (
    INSERT INTO order_lines (order_id, fulfilment_id, variant_id, sku, product_id, product_slug, name_zh, name_en,
      variant_label_zh, variant_label_en, cooperative_id, township_slug, village_slug, category_slug, certificate_number,
      aid_eligible, unit_price_fen, quantity, line_total_fen)
    SELECT f.order_id, f.id, i."variantId", i.sku, i."productId", i."productSlug", i."nameZh", i."nameEn", i."labelZh", i."labelEn",
      i."cooperativeId", i."townshipSlug", i."villageSlug", i."categorySlug", i."certificateNumber", i."aidEligible",
      i."unitPriceFen", i.quantity, i."unitPriceFen" * i.quantity
    FROM f JOIN jsonb_to_recordset($19::jsonb) AS i("variantId" uuid, sku text, "productId" uuid, "productSlug" text, "nameZh" text,
      "nameEn" text, "labelZh" text, "labelEn" text, "cooperativeId" uuid, "townshipSlug" text, "villageSlug" text,
      "categorySlug" text, "certificateNumber" text, "aidEligible" boolean, "unitPriceFen" bigint, quantity int)
      ON i."cooperativeId" = f.cooperative_id
    RETURNING 1
  ), h AS (
    INSERT INTO order_history (order_id, from_status, to_status, reason, actor_user_id)
    SELECT o.id, NULL, 'awaiting_payment', 'order placed', $2 FROM o
    RETURNING 1
  ), e AS (
    INSERT INTO outbox_events (type, aggregate_id, payload)
    SELECT 'order.placed', o.id::text, jsonb_build_object('userId', $2::text, 'totalFen', $6::bigint) FROM o
    RETURNING 1
  ), p AS (
    INSERT INTO payments (order_id, provider, status, amount_fen) SELECT o.id, $3, 'pending', $6 FROM o
    RETURNING 1
  ), c AS (
    DELETE FROM cart_lines cl USING carts ct, o
    WHERE cl.cart_id = ct.id AND ct.user_id = $2 AND cl.variant_id = ANY($20::uuid[])
    RETURNING 1
  )
  SELECT id FROM o`;

/** The same SKU twice in one request is one line with the quantities added. */
function mergeLines(lines: { sku: string; quantity: number }[]): { sku: string; quantity: number }[] {
  const bySku = new Map<string, number>();
  for (const l of lines) bySku.set(l.sku, (bySku.get(l.sku) ?? 0) + l.quantity);
  return [...bySku.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([sku, quantity]) => ({ sku, quantity }));
}

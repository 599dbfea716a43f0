import type { AddressDto, CreateOrderRequest, OrderDto } from '@shanhai/shared/contracts';
import { isCancellable, shippingFen } from '@shanhai/shared/domain';
import { randomInt } from 'node:crypto';
import { ISO } from '../orders/iso-time';
import type { SaleItem } from './checkout-items';

/** One cooperative's part of an order: its own lines, their sum and its shipping fee. */
export interface Share {
  cooperativeId: string;
  items: SaleItem[];
  itemsFen: number;
  shippingFen: number;
}

/** The order's money, priced here from the sale items, one share per cooperative in order of first line. */
export function priceOrder(items: SaleItem[]): {
  shares: Share[];
  itemsFen: number;
  shippingFen: number;
  totalFen: number;
} {
  const shares: Share[] = [];
  for (const item of items) {
    let share = shares.find((s) => s.cooperativeId === item.cooperativeId);
    if (!share) {
      share = { cooperativeId: item.cooperativeId, items: [], itemsFen: 0, shippingFen: 0 };
      shares.push(share);
    }
    share.items.push(item);
    share.itemsFen += item.unitPriceFen * item.quantity;
  }
  for (const share of shares) share.shippingFen = shippingFen(share.itemsFen, share.items[0].shippingRule);
  const itemsFen = shares.reduce((s, x) => s + x.itemsFen, 0);
  const shipping = shares.reduce((s, x) => s + x.shippingFen, 0);
  return { shares, itemsFen, shippingFen: shipping, totalFen: itemsFen + shipping };
}

/**
 * Order numbers people can read out on the phone: SH, the date in China, eight random digits
 * (random, so the number does not tell how many orders there are).
 */
export function orderNumber(now: Date): string {
  const d = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(2, 10).replace(/-/g, '');
  return `SH${d}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/**
 * The whole order in one statement: the order, one fulfilment per cooperative, every line's
 * snapshot, the first history row, the outbox event, the pending payment, and the bought lines
 * taken out of the cart. It returns the ids and times it made, ordered as `readOrder` orders them,
 * so the answer to the POST is built from it instead of reading the order back.
 *
 * $21 and $22 are a variant and a quantity to take in this very statement (a one-line order;
 * see the checkout), or null when the stock was taken before: the order is written only when
 * that conditional decrement took, otherwise the statement writes nothing and returns no row.
 * A clashing order number fails with a unique violation on `number`; the caller draws again.
 */
export const WRITE_ORDER_SQL = `WITH t AS (
    UPDATE product_variants SET available = available - $22::int
    WHERE id = $21::uuid AND available >= $22::int
    RETURNING id
  ), o AS (
    INSERT INTO orders (number, user_id, status, payment_status, payment_method, items_fen, shipping_fen, total_fen,
      idempotency_key, request_hash, recipient, mobile, province, city, district, street, postal_code, note, expires_at)
    SELECT $1::text, $2::uuid, 'awaiting_payment', 'unpaid', $3::text, $4::bigint, $5::bigint, $6::bigint, $7::text, $8::text,
      $9::text, $10::text, $11::text, $12::text, $13::text, $14::text, $15::text, $16::text, now() + make_interval(mins => $17::int)
    WHERE $21::uuid IS NULL OR EXISTS (SELECT 1 FROM t)
    RETURNING id, number, created_at, expires_at
  ), f AS (
    INSERT INTO fulfilments (order_id, cooperative_id, cooperative_slug, cooperative_name_zh, cooperative_name_en, status, items_fen, shipping_fen)
    SELECT o.id, s."cooperativeId", s.slug, s."nameZh", s."nameEn", 'awaiting_payment', s."itemsFen", s."shippingFen"
    FROM o, jsonb_to_recordset($18::jsonb) AS s("cooperativeId" uuid, slug text, "nameZh" text, "nameEn" text, "itemsFen" bigint, "shippingFen" bigint)
    RETURNING id, order_id, cooperative_id, cooperative_slug
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
    RETURNING id, fulfilment_id, sku
  ), h AS (
    INSERT INTO order_history (order_id, from_status, to_status, reason, actor_user_id)
    SELECT o.id, NULL, 'awaiting_payment', 'order placed', $2 FROM o
    RETURNING created_at
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
  SELECT o.id, o.number, o.created_at, o.expires_at,
    (SELECT json_agg(json_build_object('id', f.id, 'cooperativeId', f.cooperative_id) ORDER BY f.cooperative_slug) FROM f) AS fulfilments,
    (SELECT json_agg(json_build_object('id', l.id, 'fulfilmentId', l.fulfilment_id, 'sku', l.sku) ORDER BY l.sku) FROM l) AS lines,
    (SELECT ${ISO('h.created_at')} FROM h) AS placed_at
  FROM o`;

export interface WrittenOrder {
  id: string;
  number: string;
  created_at: Date;
  expires_at: Date;
  fulfilments: { id: string; cooperativeId: string }[];
  lines: { id: string; fulfilmentId: string; sku: string }[];
  placed_at: string;
}

/** The values of WRITE_ORDER_SQL, in its parameter order. */
export function writeOrderValues(
  order: {
    number: string;
    userId: string;
    idempotencyKey: string;
    requestHash: string;
    request: CreateOrderRequest;
    address: AddressDto;
    paymentTimeoutMinutes: number;
  },
  priced: ReturnType<typeof priceOrder>,
  items: SaleItem[],
  /** the item whose stock the statement itself takes (null when it was taken before) */
  takeHere: SaleItem | null,
): unknown[] {
  const { request, address } = order;
  return [
    order.number,
    order.userId,
    request.paymentMethod,
    priced.itemsFen,
    priced.shippingFen,
    priced.totalFen,
    order.idempotencyKey,
    order.requestHash,
    address.recipient,
    address.mobile,
    address.province,
    address.city,
    address.district,
    address.street,
    address.postalCode,
    request.note ?? null,
    order.paymentTimeoutMinutes,
    JSON.stringify(
      priced.shares.map((s) => ({
        cooperativeId: s.cooperativeId,
        slug: s.items[0].cooperativeSlug,
        nameZh: s.items[0].cooperativeNameZh,
        nameEn: s.items[0].cooperativeNameEn,
        itemsFen: s.itemsFen,
        shippingFen: s.shippingFen,
      })),
    ),
    JSON.stringify(
      items.map((i) => ({
        variantId: i.variantId,
        sku: i.sku,
        productId: i.productId,
        productSlug: i.productSlug,
        nameZh: i.nameZh,
        nameEn: i.nameEn,
        labelZh: i.labelZh,
        labelEn: i.labelEn,
        cooperativeId: i.cooperativeId,
        townshipSlug: i.townshipSlug,
        villageSlug: i.villageSlug,
        categorySlug: i.categorySlug,
        certificateNumber: i.certificateNumber,
        aidEligible: i.aidEligible,
        unitPriceFen: i.unitPriceFen,
        quantity: i.quantity,
      })),
    ),
    items.map((i) => i.variantId),
    takeHere?.variantId ?? null,
    takeHere?.quantity ?? null,
  ];
}

/**
 * The new order as `readOrder` would show it, from what was written and what the write returned
 * (an e2e test holds the two equal), so placing an order does not read it back.
 */
export function placedOrderDto(
  written: WrittenOrder,
  request: CreateOrderRequest,
  address: AddressDto,
  priced: ReturnType<typeof priceOrder>,
): Omit<OrderDto, 'payment'> {
  const shareOf = new Map(priced.shares.map((s) => [s.cooperativeId, s]));
  const itemOf = new Map(priced.shares.flatMap((s) => s.items.map((i) => [i.sku, i] as const)));
  return {
    id: written.id,
    number: written.number,
    status: 'awaiting_payment',
    paymentStatus: 'unpaid',
    totalFen: priced.totalFen,
    itemCount: priced.shares.reduce((n, s) => n + s.items.reduce((m, i) => m + i.quantity, 0), 0),
    createdAt: written.created_at.toISOString(),
    itemsFen: priced.itemsFen,
    shippingFen: priced.shippingFen,
    refundedFen: 0,
    paymentMethod: request.paymentMethod,
    expiresAt: written.expires_at.toISOString(),
    address: {
      recipient: address.recipient,
      mobile: address.mobile,
      province: address.province,
      city: address.city,
      district: address.district,
      street: address.street,
      postalCode: address.postalCode,
    },
    fulfilments: written.fulfilments.map((f) => {
      const share = shareOf.get(f.cooperativeId);
      if (!share)
        throw new Error(
          `the write returned a fulfilment for cooperative ${f.cooperativeId} that the order has no share of`,
        );
      const first = share.items[0];
      return {
        id: f.id,
        cooperative: {
          slug: first.cooperativeSlug,
          name: { zh: first.cooperativeNameZh, en: first.cooperativeNameEn },
        },
        status: 'awaiting_payment',
        itemsFen: share.itemsFen,
        shippingFen: share.shippingFen,
        carrier: null,
        trackingNumber: null,
        shippedAt: null,
        deliveredAt: null,
        lines: written.lines
          .filter((l) => l.fulfilmentId === f.id)
          .map((l) => {
            const item = itemOf.get(l.sku);
            if (!item) throw new Error(`the write returned a line for ${l.sku} that the order does not have`);
            return {
              id: l.id,
              sku: item.sku,
              productSlug: item.productSlug,
              name: { zh: item.nameZh, en: item.nameEn },
              variantLabel: { zh: item.labelZh, en: item.labelEn },
              unitPriceFen: item.unitPriceFen,
              quantity: item.quantity,
              lineTotalFen: item.unitPriceFen * item.quantity,
              refundedFen: 0,
              aidEligible: item.aidEligible,
              certificateNumber: item.certificateNumber,
            };
          }),
      };
    }),
    history: [{ from: null, to: 'awaiting_payment', reason: 'order placed', at: written.placed_at }],
    cancellable: isCancellable('awaiting_payment'),
  };
}

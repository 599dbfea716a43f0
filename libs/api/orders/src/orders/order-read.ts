import type { FulfilmentDto, OrderDto, OrderHistoryEntryDto, OrderLineDto, OrderStatus, OrderSummaryDto } from '@shanhai/shared/contracts';
import { isCancellable } from '@shanhai/shared/domain';
import { q } from '@shanhai/api/platform';
import type { EntityManager } from 'typeorm';

interface OrderRow {
  id: string;
  number: string;
  status: OrderStatus;
  payment_status: OrderDto['paymentStatus'];
  payment_method: OrderDto['paymentMethod'];
  items_fen: string;
  shipping_fen: string;
  total_fen: string;
  refunded_fen: string;
  item_count: number;
  recipient: string;
  mobile: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postal_code: string | null;
  expires_at: Date | null;
  created_at: Date;
}

const ORDER_COLUMNS = `o.id, o.number, o.status, o.payment_status, o.payment_method, o.items_fen, o.shipping_fen, o.total_fen,
  o.refunded_fen, o.recipient, o.mobile, o.province, o.city, o.district, o.street, o.postal_code, o.expires_at, o.created_at,
  (SELECT coalesce(sum(quantity), 0)::int FROM order_lines l WHERE l.order_id = o.id) AS item_count`;

const summary = (r: OrderRow): OrderSummaryDto => ({
  id: r.id,
  number: r.number,
  status: r.status,
  paymentStatus: r.payment_status,
  totalFen: Number(r.total_fen),
  itemCount: r.item_count,
  createdAt: r.created_at.toISOString(),
});

export async function listOrders(em: EntityManager, userId: string): Promise<OrderSummaryDto[]> {
  const rows: OrderRow[] = await q(em, `SELECT ${ORDER_COLUMNS} FROM orders o WHERE o.user_id = $1 ORDER BY o.created_at DESC LIMIT 200`, [
    userId,
  ]);
  return rows.map(summary);
}

/**
 * An order as its owner (or an admin) sees it. `ownerId` null reads any order; otherwise an
 * order of someone else is simply not found.
 */
export async function readOrder(em: EntityManager, orderId: string, ownerId: string | null): Promise<Omit<OrderDto, 'payment'> | null> {
  const rows: OrderRow[] = await q(em, 
    `SELECT ${ORDER_COLUMNS} FROM orders o WHERE o.id = $1 AND ($2::uuid IS NULL OR o.user_id = $2::uuid)`,
    [orderId, ownerId],
  );
  const r = rows[0];
  if (!r) return null;
  const [fulfilments, lines, history] = await Promise.all([
    q(em, 
      `SELECT id, cooperative_slug, cooperative_name_zh, cooperative_name_en, status, items_fen, shipping_fen, carrier, tracking_number,
         shipped_at, delivered_at FROM fulfilments WHERE order_id = $1 ORDER BY cooperative_slug`,
      [orderId],
    ) as Promise<
      {
        id: string;
        cooperative_slug: string;
        cooperative_name_zh: string;
        cooperative_name_en: string;
        status: FulfilmentDto['status'];
        items_fen: string;
        shipping_fen: string;
        carrier: string | null;
        tracking_number: string | null;
        shipped_at: Date | null;
        delivered_at: Date | null;
      }[]
    >,
    q(em, 
      `SELECT id, fulfilment_id, sku, product_slug, name_zh, name_en, variant_label_zh, variant_label_en, unit_price_fen, quantity,
         line_total_fen, refunded_fen, aid_eligible, certificate_number FROM order_lines WHERE order_id = $1 ORDER BY sku`,
      [orderId],
    ) as Promise<
      {
        id: string;
        fulfilment_id: string;
        sku: string;
        product_slug: string;
        name_zh: string;
        name_en: string;
        variant_label_zh: string;
        variant_label_en: string;
        unit_price_fen: string;
        quantity: number;
        line_total_fen: string;
        refunded_fen: string;
        aid_eligible: boolean;
        certificate_number: string | null;
      }[]
    >,
    q(em, 'SELECT from_status, to_status, reason, created_at FROM order_history WHERE order_id = $1 ORDER BY id', [orderId]) as Promise<
      { from_status: OrderStatus | null; to_status: OrderStatus; reason: string; created_at: Date }[]
    >,
  ]);
  const toLine = (l: (typeof lines)[number]): OrderLineDto => ({
    id: l.id,
    sku: l.sku,
    productSlug: l.product_slug,
    name: { zh: l.name_zh, en: l.name_en },
    variantLabel: { zh: l.variant_label_zh, en: l.variant_label_en },
    unitPriceFen: Number(l.unit_price_fen),
    quantity: l.quantity,
    lineTotalFen: Number(l.line_total_fen),
    refundedFen: Number(l.refunded_fen),
    aidEligible: l.aid_eligible,
    certificateNumber: l.certificate_number,
  });
  return {
    ...summary(r),
    itemsFen: Number(r.items_fen),
    shippingFen: Number(r.shipping_fen),
    refundedFen: Number(r.refunded_fen),
    paymentMethod: r.payment_method,
    expiresAt: r.status === 'awaiting_payment' && r.expires_at ? r.expires_at.toISOString() : null,
    address: {
      recipient: r.recipient,
      mobile: r.mobile,
      province: r.province,
      city: r.city,
      district: r.district,
      street: r.street,
      postalCode: r.postal_code,
    },
    fulfilments: fulfilments.map((f) => ({
      id: f.id,
      cooperative: { slug: f.cooperative_slug, name: { zh: f.cooperative_name_zh, en: f.cooperative_name_en } },
      status: f.status,
      itemsFen: Number(f.items_fen),
      shippingFen: Number(f.shipping_fen),
      carrier: f.carrier,
      trackingNumber: f.tracking_number,
      shippedAt: f.shipped_at?.toISOString() ?? null,
      deliveredAt: f.delivered_at?.toISOString() ?? null,
      lines: lines.filter((l) => l.fulfilment_id === f.id).map(toLine),
    })),
    history: history.map(
      (h): OrderHistoryEntryDto => ({ from: h.from_status, to: h.to_status, reason: h.reason, at: h.created_at.toISOString() }),
    ),
    cancellable: isCancellable(r.status),
  };
}

import type {
  FulfilmentDto,
  OrderDto,
  OrderHistoryEntryDto,
  OrderLineDto,
  OrderStatus,
  OrderSummaryDto,
} from '@shanhai/shared/contracts';
import { isCancellable } from '@shanhai/shared/domain';
import { q } from '@shanhai/api/platform';
import { ISO } from './iso-time';
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
  const rows: OrderRow[] = await q(
    em,
    `SELECT ${ORDER_COLUMNS} FROM orders o WHERE o.user_id = $1 ORDER BY o.created_at DESC LIMIT 200`,
    [userId],
  );
  return rows.map(summary);
}

// One round trip for a whole order: its shipments with their lines, and its history, as JSON.
const ORDER_DETAIL_SQL = `SELECT ${ORDER_COLUMNS},
  (SELECT coalesce(json_agg(json_build_object(
      'id', f.id, 'slug', f.cooperative_slug, 'nameZh', f.cooperative_name_zh, 'nameEn', f.cooperative_name_en,
      'status', f.status, 'itemsFen', f.items_fen, 'shippingFen', f.shipping_fen, 'carrier', f.carrier,
      'trackingNumber', f.tracking_number, 'shippedAt', ${ISO('f.shipped_at')}, 'deliveredAt', ${ISO('f.delivered_at')},
      'lines', (SELECT coalesce(json_agg(json_build_object(
          'id', l.id, 'sku', l.sku, 'productSlug', l.product_slug, 'nameZh', l.name_zh, 'nameEn', l.name_en,
          'labelZh', l.variant_label_zh, 'labelEn', l.variant_label_en, 'unitPriceFen', l.unit_price_fen, 'quantity', l.quantity,
          'lineTotalFen', l.line_total_fen, 'refundedFen', l.refunded_fen, 'aidEligible', l.aid_eligible,
          'certificateNumber', l.certificate_number) ORDER BY l.sku), '[]'::json)
        FROM order_lines l WHERE l.fulfilment_id = f.id)
    ) ORDER BY f.cooperative_slug), '[]'::json)
   FROM fulfilments f WHERE f.order_id = o.id) AS fulfilments,
  (SELECT coalesce(json_agg(json_build_object('from', h.from_status, 'to', h.to_status, 'reason', h.reason,
      'at', ${ISO('h.created_at')}) ORDER BY h.id), '[]'::json)
   FROM order_history h WHERE h.order_id = o.id) AS history
  FROM orders o WHERE o.id = $1 AND ($2::uuid IS NULL OR o.user_id = $2::uuid)`;

interface LineJson {
  id: string;
  sku: string;
  productSlug: string;
  nameZh: string;
  nameEn: string;
  labelZh: string;
  labelEn: string;
  unitPriceFen: number;
  quantity: number;
  lineTotalFen: number;
  refundedFen: number;
  aidEligible: boolean;
  certificateNumber: string | null;
}

interface FulfilmentJson {
  id: string;
  slug: string;
  nameZh: string;
  nameEn: string;
  status: FulfilmentDto['status'];
  itemsFen: number;
  shippingFen: number;
  carrier: string | null;
  trackingNumber: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  lines: LineJson[];
}

const toLine = (l: LineJson): OrderLineDto => ({
  id: l.id,
  sku: l.sku,
  productSlug: l.productSlug,
  name: { zh: l.nameZh, en: l.nameEn },
  variantLabel: { zh: l.labelZh, en: l.labelEn },
  unitPriceFen: Number(l.unitPriceFen),
  quantity: l.quantity,
  lineTotalFen: Number(l.lineTotalFen),
  refundedFen: Number(l.refundedFen),
  aidEligible: l.aidEligible,
  certificateNumber: l.certificateNumber,
});

/**
 * An order as its owner (or an admin) sees it. `ownerId` null reads any order; otherwise an
 * order of someone else is simply not found.
 */
export async function readOrder(
  em: EntityManager,
  orderId: string,
  ownerId: string | null,
): Promise<Omit<OrderDto, 'payment'> | null> {
  const rows = await q<OrderRow & { fulfilments: FulfilmentJson[]; history: OrderHistoryEntryDto[] }>(
    em,
    ORDER_DETAIL_SQL,
    [orderId, ownerId],
  );
  const r = rows[0];
  if (!r) return null;
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
    fulfilments: r.fulfilments.map((f) => ({
      id: f.id,
      cooperative: { slug: f.slug, name: { zh: f.nameZh, en: f.nameEn } },
      status: f.status,
      itemsFen: Number(f.itemsFen),
      shippingFen: Number(f.shippingFen),
      carrier: f.carrier,
      trackingNumber: f.trackingNumber,
      shippedAt: f.shippedAt,
      deliveredAt: f.deliveredAt,
      lines: f.lines.map(toLine),
    })),
    history: r.history,
    cancellable: isCancellable(r.status),
  };
}

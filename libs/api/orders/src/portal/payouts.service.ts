import { Injectable } from '@nestjs/common';
import { q } from '@shanhai/api/platform';
import type { PayoutMonthDto, PayoutQuery, PayoutsDto, PortalHomeDto } from '@shanhai/shared/contracts';
import { chinaDate } from '@shanhai/shared/domain';
import { DataSource } from 'typeorm';

/**
 * A cooperative's money per month (China time). Sales are its shipments of orders paid that
 * month: goods and the shipping it charged. Commission: goods × the rate in force when the order
 * was paid, rounded half up per shipment. Refunds count in the month they are made: a line's
 * refund is its cooperative's; a refund of a whole order is shared by each shipment's part of the
 * order total. Payout = goods + shipping − commission − refunds.
 */
const PAYOUT_SQL = `
WITH shipments AS (
  SELECT f.items_fen, f.shipping_fen,
    (SELECT min(h.created_at) FROM order_history h WHERE h.order_id = f.order_id AND h.to_status = 'paid') AS paid_at
  FROM fulfilments f WHERE f.cooperative_id = $1
), sales AS (
  SELECT to_char(s.paid_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, count(*)::int AS orders,
    sum(s.items_fen) AS sales_fen, sum(s.shipping_fen) AS shipping_fen,
    sum((s.items_fen * coalesce(
      (SELECT r.commission_bps FROM commission_rates r WHERE r.cooperative_id = $1 AND r.effective_from <= s.paid_at
       ORDER BY r.effective_from DESC LIMIT 1), $2) + 5000) / 10000) AS commission_fen
  FROM shipments s WHERE s.paid_at IS NOT NULL GROUP BY 1
), refunded AS (
  SELECT to_char(r.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
    sum(CASE WHEN r.order_line_id IS NOT NULL THEN r.amount_fen
             ELSE r.amount_fen * (f.items_fen + f.shipping_fen) / nullif(o.total_fen, 0) END) AS refunds_fen
  FROM refunds r JOIN payments p ON p.id = r.payment_id JOIN orders o ON o.id = p.order_id
  JOIN fulfilments f ON f.order_id = o.id AND f.cooperative_id = $1
  LEFT JOIN order_lines l ON l.id = r.order_line_id
  WHERE r.status <> 'failed' AND (r.order_line_id IS NULL OR l.fulfilment_id = f.id)
  GROUP BY 1
)
SELECT coalesce(s.month, rf.month) AS month, coalesce(s.orders, 0) AS orders, coalesce(s.sales_fen, 0) AS sales_fen,
  coalesce(s.shipping_fen, 0) AS shipping_fen, coalesce(s.commission_fen, 0) AS commission_fen, coalesce(rf.refunds_fen, 0) AS refunds_fen
FROM sales s FULL JOIN refunded rf ON rf.month = s.month
WHERE coalesce(s.month, rf.month) BETWEEN $3 AND $4
ORDER BY 1 DESC`;

interface Row {
  month: string;
  orders: number;
  sales_fen: string;
  shipping_fen: string;
  commission_fen: string;
  refunds_fen: string;
}

const monthsBack = (month: string, n: number): string => {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

@Injectable()
export class PayoutsService {
  constructor(private readonly db: DataSource) {}

  async payouts(cooperativeId: string, query: PayoutQuery): Promise<PayoutsDto> {
    const [co] = await q<{ commission_bps: number }>(this.db, 'SELECT commission_bps FROM cooperatives WHERE id = $1', [cooperativeId]);
    const thisMonth = chinaDate().slice(0, 7);
    const to = query.to ?? thisMonth;
    const from = query.from ?? monthsBack(to, 11);
    const rows = await q<Row>(this.db, PAYOUT_SQL, [cooperativeId, co?.commission_bps ?? 0, from, to]);
    const months: PayoutMonthDto[] = rows.map((r) => {
      const sales = Number(r.sales_fen);
      const shipping = Number(r.shipping_fen);
      const commission = Number(r.commission_fen);
      const refunds = Number(r.refunds_fen);
      return {
        month: r.month,
        orders: r.orders,
        salesFen: sales,
        shippingFen: shipping,
        commissionFen: commission,
        refundsFen: refunds,
        payoutFen: sales + shipping - commission - refunds,
      };
    });
    return { commissionBps: co?.commission_bps ?? 0, months };
  }

  /** What needs doing today: shipments to send, low stock, certificates running out, reviews, this month's sales. */
  async home(cooperativeId: string): Promise<PortalHomeDto> {
    const today = chinaDate();
    const [[co], [counts], low, expiring] = await Promise.all([
      q<{ slug: string; name_zh: string; name_en: string; status: PortalHomeDto['cooperative']['status']; commission_bps: number }>(
        this.db,
        'SELECT slug, name_zh, name_en, status, commission_bps FROM cooperatives WHERE id = $1',
        [cooperativeId],
      ),
      q<{ to_ship: number; products: number; certificates: number; orders: number; sales_fen: string }>(
        this.db,
        `SELECT (SELECT count(*)::int FROM fulfilments WHERE cooperative_id = $1 AND status = 'to_ship') AS to_ship,
           (SELECT count(*)::int FROM products WHERE cooperative_id = $1 AND review_status = 'pending') AS products,
           (SELECT count(*)::int FROM certificate_submissions WHERE cooperative_id = $1 AND status = 'pending') AS certificates,
           count(*)::int AS orders, coalesce(sum(f.items_fen), 0) AS sales_fen
         FROM fulfilments f
         WHERE f.cooperative_id = $1 AND EXISTS (
           SELECT 1 FROM order_history h WHERE h.order_id = f.order_id AND h.to_status = 'paid'
             AND h.created_at >= (date_trunc('month', $2::date)::timestamp AT TIME ZONE 'Asia/Shanghai'))`,
        [cooperativeId, today],
      ),
      q<{ variant_id: string; sku: string; name_zh: string; name_en: string; available: number }>(
        this.db,
        `SELECT v.id AS variant_id, v.sku, p.name_zh, p.name_en, v.available FROM product_variants v JOIN products p ON p.id = v.product_id
         WHERE p.cooperative_id = $1 AND p.status <> 'hidden' AND v.available <= 5 ORDER BY v.available, v.sku LIMIT 20`,
        [cooperativeId],
      ),
      q<{ number: string; name_zh: string; name_en: string; valid_to: string }>(
        this.db,
        `SELECT ac.number, p.name_zh, p.name_en, ac.valid_to::text AS valid_to FROM aid_certificates ac JOIN products p ON p.id = ac.product_id
         WHERE p.cooperative_id = $1 AND NOT ac.revoked AND ac.valid_to BETWEEN $2::date AND $2::date + 30 ORDER BY ac.valid_to LIMIT 20`,
        [cooperativeId, today],
      ),
    ]);
    return {
      cooperative: { slug: co.slug, name: { zh: co.name_zh, en: co.name_en }, status: co.status, commissionBps: co.commission_bps },
      toShip: counts.to_ship,
      lowStock: low.map((l) => ({ variantId: l.variant_id, sku: l.sku, productName: { zh: l.name_zh, en: l.name_en }, available: l.available })),
      expiringCertificates: expiring.map((e) => ({ number: e.number, productName: { zh: e.name_zh, en: e.name_en }, validTo: e.valid_to })),
      pendingReview: { products: counts.products, certificates: counts.certificates },
      thisMonth: { month: today.slice(0, 7), orders: counts.orders, salesFen: Number(counts.sales_fen) },
    };
  }
}

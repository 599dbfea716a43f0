import { Injectable } from '@nestjs/common';
import { ApiException, q } from '@shanhai/api/platform';
import {
  ErrorCode,
  type PickListDto,
  type PortalExportQuery,
  type PortalFulfilmentDto,
  type PortalOrderListDto,
  type PortalOrderQuery,
} from '@shanhai/shared/contracts';
import { DataSource } from 'typeorm';
import { toCsv, yuan } from './csv';

interface Row {
  id: string;
  order_id: string;
  order_number: string;
  status: PortalFulfilmentDto['status'];
  items_fen: string;
  shipping_fen: string;
  carrier: string | null;
  tracking_number: string | null;
  shipped_at: Date | null;
  placed_at: Date;
  note: string | null;
  recipient: string;
  mobile: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postal_code: string | null;
  total?: string;
  lines: {
    sku: string;
    nameZh: string;
    nameEn: string;
    labelZh: string;
    labelEn: string;
    quantity: number;
    unitPriceFen: number;
    lineTotalFen: number;
    refundedFen: number;
  }[];
}

// A cooperative's shipments with their lines; the consumer's address comes along but is shown
// only for shipments the cooperative has to ship or has shipped (DOMAIN.md: privacy).
const COLUMNS = `f.id, f.order_id, o.number AS order_number, f.status, f.items_fen, f.shipping_fen, f.carrier, f.tracking_number,
  f.shipped_at, o.created_at AS placed_at, o.note, o.recipient, o.mobile, o.province, o.city, o.district, o.street, o.postal_code,
  (SELECT coalesce(json_agg(json_build_object('sku', l.sku, 'nameZh', l.name_zh, 'nameEn', l.name_en, 'labelZh', l.variant_label_zh,
      'labelEn', l.variant_label_en, 'quantity', l.quantity, 'unitPriceFen', l.unit_price_fen, 'lineTotalFen', l.line_total_fen,
      'refundedFen', l.refunded_fen) ORDER BY l.sku), '[]'::json) FROM order_lines l WHERE l.fulfilment_id = f.id) AS lines`;
const FROM = `FROM fulfilments f JOIN orders o ON o.id = f.order_id`;
// dates are the customer's and the cooperative's calendar: China time
const FILTER = `f.cooperative_id = $1 AND ($2::text IS NULL OR f.status = $2)
  AND ($3::date IS NULL OR o.created_at >= ($3::date::timestamp AT TIME ZONE 'Asia/Shanghai'))
  AND ($4::date IS NULL OR o.created_at < (($4::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'))`;

const SHIPS = new Set(['to_ship', 'shipped', 'delivered']);

const toDto = (r: Row): PortalFulfilmentDto => ({
  id: r.id,
  orderId: r.order_id,
  orderNumber: r.order_number,
  status: r.status,
  itemsFen: Number(r.items_fen),
  shippingFen: Number(r.shipping_fen),
  carrier: r.carrier,
  trackingNumber: r.tracking_number,
  shippedAt: r.shipped_at ? new Date(r.shipped_at).toISOString() : null,
  placedAt: new Date(r.placed_at).toISOString(),
  note: SHIPS.has(r.status) ? r.note : null,
  address: SHIPS.has(r.status)
    ? { recipient: r.recipient, mobile: r.mobile, province: r.province, city: r.city, district: r.district, street: r.street, postalCode: r.postal_code }
    : null,
  lines: r.lines.map((l) => ({
    sku: l.sku,
    name: { zh: l.nameZh, en: l.nameEn },
    variantLabel: { zh: l.labelZh, en: l.labelEn },
    quantity: l.quantity,
    unitPriceFen: Number(l.unitPriceFen),
    lineTotalFen: Number(l.lineTotalFen),
    refundedFen: Number(l.refundedFen),
  })),
});

/** The orders a cooperative fulfils: its own shipments only; another cooperative's answer 404. */
@Injectable()
export class PortalOrdersService {
  constructor(private readonly db: DataSource) {}

  async list(cooperativeId: string, query: PortalOrderQuery): Promise<PortalOrderListDto> {
    const rows = await q<Row>(
      this.db,
      `SELECT ${COLUMNS}, count(*) OVER () AS total ${FROM} WHERE ${FILTER}
       ORDER BY o.created_at DESC, f.id LIMIT $5 OFFSET $6`,
      [cooperativeId, query.status ?? null, query.from ?? null, query.to ?? null, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { items: rows.map(toDto), total: rows.length ? Number(rows[0].total) : 0, page: query.page, pageSize: query.pageSize };
  }

  async get(cooperativeId: string, fulfilmentId: string): Promise<PortalFulfilmentDto> {
    const rows = await q<Row>(this.db, `SELECT ${COLUMNS} ${FROM} WHERE f.id = $1 AND f.cooperative_id = $2`, [fulfilmentId, cooperativeId]);
    if (!rows.length) throw new ApiException(404, ErrorCode.FulfilmentNotFound, 'No such shipment');
    return toDto(rows[0]);
  }

  /** Everything waiting to ship: the totals to pick per SKU, then each parcel with its address. */
  async pickList(cooperativeId: string): Promise<PickListDto> {
    const rows = await q<Row>(
      this.db,
      `SELECT ${COLUMNS} ${FROM} WHERE f.cooperative_id = $1 AND f.status = 'to_ship' ORDER BY o.created_at, f.id LIMIT 500`,
      [cooperativeId],
    );
    const parcels = rows.map(toDto);
    const picks = new Map<string, PickListDto['picks'][number]>();
    for (const p of parcels) {
      for (const l of p.lines) {
        const pick = picks.get(l.sku) ?? { sku: l.sku, name: l.name, variantLabel: l.variantLabel, quantity: 0 };
        pick.quantity += l.quantity;
        picks.set(l.sku, pick);
      }
    }
    return { generatedAt: new Date().toISOString(), picks: [...picks.values()].sort((a, b) => a.sku.localeCompare(b.sku)), parcels };
  }

  /** One row per line of the cooperative's shipments placed in the range, for a spreadsheet. */
  async csv(cooperativeId: string, query: PortalExportQuery): Promise<string> {
    const rows = await q<Row>(
      this.db,
      `SELECT ${COLUMNS} ${FROM} WHERE ${FILTER} ORDER BY o.created_at, f.id LIMIT 20000`,
      [cooperativeId, null, query.from ?? null, query.to ?? null],
    );
    const header = [
      'order_number', 'placed_at', 'status', 'sku', 'product', 'variant', 'quantity', 'unit_price_yuan', 'line_total_yuan',
      'refunded_yuan', 'carrier', 'tracking_number', 'recipient', 'mobile', 'address',
    ];
    const out: (string | number | null)[][] = [];
    for (const f of rows.map(toDto)) {
      for (const l of f.lines) {
        const a = f.address;
        out.push([
          f.orderNumber, f.placedAt, f.status, l.sku, l.name.zh, l.variantLabel.zh, l.quantity, yuan(l.unitPriceFen), yuan(l.lineTotalFen),
          yuan(l.refundedFen), f.carrier, f.trackingNumber, a?.recipient ?? null, a?.mobile ?? null,
          a ? `${a.province}${a.city}${a.district}${a.street}${a.postalCode ? ` ${a.postalCode}` : ''}` : null,
        ]);
      }
    }
    return toCsv(header, out);
  }
}

import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OutboxWorker, q } from '@shanhai/api/platform';
import {
  aidRefundEntries,
  aidRefundRef,
  aidSaleEntries,
  aidSaleRef,
  chinaDate,
  periodOf,
  type AidLineEntry,
  type AidLineRecorded,
} from '@shanhai/shared/domain';
import type { AidEntryKind } from '@shanhai/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { isPeriodClosed } from '../periods/aid-periods.service';
import { toAidLine, type LineRow } from './line-rows';

/** The day an entry is dated and, when that is not its own day, why. */
interface Dating {
  day: string;
  reason: string | null;
}

/** The orders module's events this ledger listens to. */
export const PAYMENT_SUCCEEDED = 'payment.succeeded';
export const PAYMENT_REFUNDED = 'payment.refunded';

/**
 * Writes online sales and refunds into the aid ledger from the outbox. Each event brings the
 * whole order's ledger in step with its lines (sale entries for eligible lines once paid, refund
 * entries for what was refunded since), under a per-order lock and with unique source
 * references, so a replayed, late or out-of-order event never counts anything twice.
 */
@Injectable()
export class AidLedgerService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly outbox: OutboxWorker,
  ) {}

  onModuleInit(): void {
    this.outbox.on(PAYMENT_SUCCEEDED, ({ id, aggregateId }) => this.recordOrder(aggregateId, id).then(() => undefined));
    this.outbox.on(PAYMENT_REFUNDED, ({ id, aggregateId }) => this.recordOrder(aggregateId, id).then(() => undefined));
  }

  /** Brings an order's ledger entries in step; `eventId` is the outbox event handled. Returns how many entries were added. */
  async recordOrder(orderId: string, eventId: string): Promise<number> {
    return this.db.transaction(async (em) => {
      // one writer per order at a time, so two events never both record the same refunded amount
      await q(em, `SELECT pg_advisory_xact_lock(hashtext('aid-ledger:' || $1))`, [orderId]);
      const [paid] = await q<{ created_at: Date }>(
        em,
        `SELECT created_at FROM outbox_events WHERE type = $2 AND aggregate_id = $1 ORDER BY id LIMIT 1`,
        [orderId, PAYMENT_SUCCEEDED],
      );
      // never paid (cancelled or expired before payment): nothing of it counts
      if (!paid) return 0;
      const [event] = await q<{ created_at: Date }>(em, 'SELECT created_at FROM outbox_events WHERE id = $1', [eventId]);
      const rows = await q<LineRow>(
        em,
        `SELECT id, aid_eligible, quantity, line_total_fen, refunded_fen, cooperative_id, township_slug, village_slug, category_slug, product_id
         FROM order_lines WHERE order_id = $1 ORDER BY id`,
        [orderId],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const lines = rows.map(toAidLine);
      let added = 0;
      const sale = await this.dating(em, chinaDate(new Date(paid.created_at)), 'paid');
      for (const e of aidSaleEntries(lines)) {
        added += await this.insert(em, 'sale', sale, byId.get(e.lineId) as LineRow, e, aidSaleRef(e.lineId));
      }
      const recorded = await this.recorded(em, rows.map((r) => r.id));
      // a refund counts in the period it happens: the day of the event that reported it
      const refund = await this.dating(em, chinaDate(event ? new Date(event.created_at) : new Date()), 'refunded');
      for (const e of aidRefundEntries(lines, recorded)) {
        added += await this.insert(em, 'refund', refund, byId.get(e.lineId) as LineRow, e, aidRefundRef(eventId, e.lineId));
      }
      return added;
    });
  }

  private async recorded(em: EntityManager, lineIds: string[]): Promise<Map<string, AidLineRecorded>> {
    const rows = await q<{ order_line_id: string; sold: boolean; refunded_fen: string }>(
      em,
      `SELECT order_line_id, bool_or(kind = 'sale') AS sold, coalesce(-sum(amount_fen) FILTER (WHERE kind = 'refund'), 0) AS refunded_fen
       FROM aid_ledger_entries WHERE order_line_id = ANY($1::uuid[]) GROUP BY order_line_id`,
      [lineIds],
    );
    return new Map(rows.map((r) => [r.order_line_id, { sold: r.sold, refundedFen: Number(r.refunded_fen) }]));
  }

  /**
   * The day an entry is dated: its own, unless that month has been closed meanwhile (DOMAIN.md
   * rule 6); then today, in the open period, with the original day kept in the reason.
   */
  private async dating(em: EntityManager, day: string, what: 'paid' | 'refunded'): Promise<Dating> {
    if (!(await isPeriodClosed(em, periodOf(day)))) return { day, reason: null };
    return { day: chinaDate(), reason: `late: ${what} ${day}` };
  }

  private async insert(em: EntityManager, kind: AidEntryKind, at: Dating, line: LineRow, e: AidLineEntry, sourceRef: string): Promise<number> {
    const rows = await q<{ id: string }>(
      em,
      `INSERT INTO aid_ledger_entries (kind, occurred_on, period, channel, cooperative_id, township_slug, village_slug, category_slug,
         product_id, order_line_id, quantity, amount_fen, source_ref, reason)
       VALUES ($1, $2, $3, 'online', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (source_ref) DO NOTHING RETURNING id`,
      [kind, at.day, periodOf(at.day), line.cooperative_id, line.township_slug, line.village_slug, line.category_slug, line.product_id, line.id, e.quantity, e.amountFen, sourceRef, at.reason],
    );
    return rows.length;
  }
}

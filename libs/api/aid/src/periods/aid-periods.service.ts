import { Injectable } from '@nestjs/common';
import { ApiException, q, recordAudit, type AuditOrigin } from '@shanhai/api/platform';
import { chinaDate, periodOf } from '@shanhai/shared/domain';
import { ErrorCode, type AidAdjustmentDto, type AidAdjustmentRequest, type AidChannel, type AidPeriodDto } from '@shanhai/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';

interface PeriodRow {
  period: string;
  closed_at: Date;
  closed_by: string;
}

interface EntryRow {
  id: string;
  occurred_on: string;
  period: string;
  channel: AidChannel;
  amount_fen: string;
  reason: string;
  source_ref: string;
  category_slug: string | null;
  township_slug: string | null;
  village_slug: string | null;
  cooperative_id: string | null;
}

const toPeriod = (r: PeriodRow): AidPeriodDto => ({ period: r.period, closedAt: new Date(r.closed_at).toISOString(), closedBy: r.closed_by });

/** Whether `period` ('YYYY-MM') is closed, read in the caller's transaction. */
export async function isPeriodClosed(em: EntityManager | DataSource, period: string): Promise<boolean> {
  const rows = await q<{ period: string }>(em, 'SELECT period FROM aid_periods WHERE period = $1', [period]);
  return rows.length > 0;
}

/**
 * Closing months and correcting them (DOMAIN.md rule 6): a month that has ended may be closed
 * once; afterwards nothing is written into it (a trigger on the ledger sees to that) and a
 * correction is an adjustment entry in the open period, with its reason. Both are audited in
 * the same transaction as the write.
 */
@Injectable()
export class AidPeriodsService {
  constructor(private readonly db: DataSource) {}

  async list(): Promise<AidPeriodDto[]> {
    const rows = await q<PeriodRow>(this.db, 'SELECT period, closed_at, closed_by FROM aid_periods ORDER BY period DESC');
    return rows.map(toPeriod);
  }

  async close(period: string, actorUserId: string, origin: AuditOrigin): Promise<AidPeriodDto> {
    const current = periodOf(chinaDate());
    if (period >= current) {
      throw new ApiException(409, ErrorCode.PeriodNotClosable, `Only a month that has ended can be closed; ${period} is not before ${current}.`);
    }
    return this.db.transaction(async (em) => {
      // Waits for ledger writes in flight and holds new ones until the close commits, so no entry
      // slips into the month between the trigger's check and the close.
      await q(em, 'LOCK TABLE aid_ledger_entries IN SHARE MODE');
      const [row] = await q<PeriodRow>(
        em,
        `INSERT INTO aid_periods (period, closed_by) VALUES ($1, $2) ON CONFLICT (period) DO NOTHING RETURNING period, closed_at, closed_by`,
        [period, actorUserId],
      );
      if (!row) throw new ApiException(409, ErrorCode.PeriodAlreadyClosed, `${period} is already closed.`);
      const [totals] = await q<{ entries: string; amount_fen: string }>(
        em,
        'SELECT coalesce(sum(entries), 0) AS entries, coalesce(sum(amount_fen), 0) AS amount_fen FROM aid_rollups WHERE period = $1',
        [period],
      );
      const dto = toPeriod(row);
      await recordAudit(em, {
        actorUserId,
        action: 'aid.period.close',
        entity: 'aid_period',
        entityId: period,
        before: null,
        after: { ...dto, entries: Number(totals.entries), amountFen: Number(totals.amount_fen) },
        ...origin,
      });
      return dto;
    });
  }

  async adjust(body: AidAdjustmentRequest, actorUserId: string, origin: AuditOrigin): Promise<AidAdjustmentDto> {
    return this.db.transaction(async (em) => {
      const cooperativeId = await this.resolve(em, body);
      const day = chinaDate();
      const sourceRef = `adjustment:${randomUUID()}`;
      const [row] = await q<EntryRow>(
        em,
        `INSERT INTO aid_ledger_entries (kind, occurred_on, period, channel, cooperative_id, township_slug, village_slug, category_slug, quantity, amount_fen, source_ref, reason)
         VALUES ('adjustment', $1, $2, $3, $4, $5, $6, $7, 0, $8, $9, $10)
         RETURNING id, occurred_on::text, period, channel, amount_fen, reason, source_ref, category_slug, township_slug, village_slug, cooperative_id`,
        [day, periodOf(day), body.channel, cooperativeId, body.townshipSlug ?? null, body.villageSlug ?? null, body.categorySlug ?? null, body.amountFen, sourceRef, body.reason],
      );
      const dto: AidAdjustmentDto = {
        id: row.id,
        kind: 'adjustment',
        occurredOn: row.occurred_on,
        period: row.period,
        channel: row.channel,
        amountFen: Number(row.amount_fen),
        reason: row.reason,
        sourceRef: row.source_ref,
        categorySlug: row.category_slug,
        townshipSlug: row.township_slug,
        villageSlug: row.village_slug,
        cooperativeId: row.cooperative_id,
      };
      await recordAudit(em, { actorUserId, action: 'aid.adjustment.create', entity: 'aid_ledger_entry', entityId: row.id, before: null, after: dto, ...origin });
      return dto;
    });
  }

  /** Checks the slugs name real places, category and cooperative; returns the cooperative's id. */
  private async resolve(em: EntityManager, body: AidAdjustmentRequest): Promise<string | null> {
    const [found] = await q<{ category: boolean; township: boolean; village: boolean; cooperative_id: string | null }>(
      em,
      `SELECT ($1::text IS NULL OR EXISTS (SELECT 1 FROM categories WHERE slug = $1)) AS category,
              ($2::text IS NULL OR EXISTS (SELECT 1 FROM townships WHERE slug = $2)) AS township,
              ($3::text IS NULL OR EXISTS (SELECT 1 FROM villages WHERE slug = $3)) AS village,
              (SELECT id FROM cooperatives WHERE slug = $4) AS cooperative_id`,
      [body.categorySlug ?? null, body.townshipSlug ?? null, body.villageSlug ?? null, body.cooperativeSlug ?? null],
    );
    const fields: Record<string, string[]> = {};
    if (!found.category) fields['categorySlug'] = ['is not a known category'];
    if (!found.township) fields['townshipSlug'] = ['is not a known township'];
    if (!found.village) fields['villageSlug'] = ['is not a known village'];
    if (body.cooperativeSlug && !found.cooperative_id) fields['cooperativeSlug'] = ['is not a known cooperative'];
    if (Object.keys(fields).length) {
      throw new ApiException(400, ErrorCode.ValidationFailed, `Invalid request — ${Object.keys(fields).join(', ')}`, fields);
    }
    return found.cooperative_id;
  }
}

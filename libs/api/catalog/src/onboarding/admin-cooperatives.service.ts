import { Injectable } from '@nestjs/common';
import { ApiException, q, recordAudit, type AuditOrigin } from '@shanhai/api/platform';
import { ErrorCode, type CooperativeApplicationDto, type CooperativeStatus } from '@shanhai/shared/contracts';
import { DataSource } from 'typeorm';
import { listCooperatives, readCooperative } from './cooperative-read';
import { cooperativeStatusAfter, type CooperativeAction } from './cooperative-status';

const notFound = () => new ApiException(404, ErrorCode.CooperativeNotFound, 'No such cooperative');

/** Admins decide applications, suspend and reinstate sellers, and set each seller's commission. */
@Injectable()
export class AdminCooperativesService {
  constructor(private readonly db: DataSource) {}

  queue(status: CooperativeStatus | undefined): Promise<CooperativeApplicationDto[]> {
    return listCooperatives(this.db, { status });
  }

  async get(id: string): Promise<CooperativeApplicationDto> {
    const dto = await readCooperative(this.db, id);
    if (!dto) throw notFound();
    return dto;
  }

  /**
   * Moves a seller through its status table. Approving makes the applicant the first member
   * (when they are still a plain customer); a reason is kept for a rejection or a suspension.
   */
  async act(id: string, action: CooperativeAction, reason: string | null, actorUserId: string, origin: AuditOrigin): Promise<CooperativeApplicationDto> {
    // the public lists follow within the read cache's few seconds
    return this.db.transaction(async (em) => {
      const [row] = await q<{ status: CooperativeStatus; applicant_user_id: string | null }>(
        em,
        'SELECT status, applicant_user_id FROM cooperatives WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!row) throw notFound();
      const next = cooperativeStatusAfter(row.status, action);
      if (!next) throw new ApiException(409, ErrorCode.InvalidTransition, `A cooperative that is ${row.status} cannot be ${action}d.`);
      const before = await readCooperative(em, id);
      await em.query('UPDATE cooperatives SET status = $2, status_reason = $3, reviewed_at = now(), updated_at = now() WHERE id = $1', [
        id,
        next,
        reason,
      ]);
      let applicantJoined = false;
      if (action === 'approve' && row.applicant_user_id) {
        const joined = await q<{ id: string }>(
          em,
          `UPDATE users SET role = 'cooperative', cooperative_id = $2, updated_at = now() WHERE id = $1 AND role = 'consumer' RETURNING id`,
          [row.applicant_user_id, id],
        );
        applicantJoined = joined.length > 0;
      }
      const after = await readCooperative(em, id);
      await recordAudit(em, {
        actorUserId,
        action: `cooperative.${action}`,
        entity: 'cooperative',
        entityId: id,
        before: { status: before?.status, statusReason: before?.statusReason },
        after: { status: after?.status, statusReason: after?.statusReason, ...(applicantJoined ? { memberAdded: row.applicant_user_id } : {}) },
        ...origin,
      });
      if (!after) throw notFound();
      return after;
    });
  }

  /** Sets the commission from now on; the rate before is kept so past months are charged what they were. */
  async setCommission(id: string, bps: number, actorUserId: string, origin: AuditOrigin): Promise<CooperativeApplicationDto> {
    return this.db.transaction(async (em) => {
      const [row] = await q<{ commission_bps: number }>(em, 'SELECT commission_bps FROM cooperatives WHERE id = $1 FOR UPDATE', [id]);
      if (!row) throw notFound();
      const history = await q<{ n: number }>(em, 'SELECT count(*)::int AS n FROM commission_rates WHERE cooperative_id = $1', [id]);
      if (!history[0].n) {
        await em.query(`INSERT INTO commission_rates (cooperative_id, commission_bps, effective_from) VALUES ($1, $2, '-infinity')`, [
          id,
          row.commission_bps,
        ]);
      }
      await em.query('INSERT INTO commission_rates (cooperative_id, commission_bps, set_by) VALUES ($1, $2, $3)', [id, bps, actorUserId]);
      await em.query('UPDATE cooperatives SET commission_bps = $2, updated_at = now() WHERE id = $1', [id, bps]);
      await recordAudit(em, {
        actorUserId,
        action: 'cooperative.commission.set',
        entity: 'cooperative',
        entityId: id,
        before: { commissionBps: row.commission_bps },
        after: { commissionBps: bps },
        ...origin,
      });
      const dto = await readCooperative(em, id);
      if (!dto) throw notFound();
      return dto;
    });
  }
}

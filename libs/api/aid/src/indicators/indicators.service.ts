import { Injectable } from '@nestjs/common';
import { ApiException, q, recordAudit, type AuditOrigin } from '@shanhai/api/platform';
import {
  ErrorCode,
  indicatorValueProblem,
  type AdminIndicatorDto,
  type IndicatorCreateRequest,
  type IndicatorKind,
  type IndicatorPatchRequest,
  type IndicatorUnit,
} from '@shanhai/shared/contracts';
import { aidOpeningRef } from '@shanhai/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { invalidFields } from '../aid-errors';

interface IndicatorRow {
  id: string;
  key: string;
  kind: IndicatorKind;
  label_zh: string;
  label_en: string;
  value: string;
  unit: IndicatorUnit;
  note_zh: string | null;
  note_en: string | null;
  period_start: string;
  period_end: string;
  period_note_zh: string | null;
  period_note_en: string | null;
  source: string;
}

const COLUMNS = `id, key, kind, label_zh, label_en, value, unit, note_zh, note_en, period_start::text, period_end::text,
  period_note_zh, period_note_en, source`;

const pair = (zh: string | null, en: string | null) => (zh || en ? { zh: zh ?? '', en: en ?? '' } : null);

const toDto = (r: IndicatorRow): AdminIndicatorDto => ({
  id: r.id,
  key: r.key,
  kind: r.kind,
  label: { zh: r.label_zh, en: r.label_en },
  value: Number(r.value),
  unit: r.unit,
  note: pair(r.note_zh, r.note_en),
  periodStart: r.period_start,
  periodEnd: r.period_end,
  periodNote: pair(r.period_note_zh, r.period_note_en),
  source: r.source,
});

/**
 * Reported figures and targets as data (DOMAIN.md "Reported figures"): admins add a later
 * reported figure or a target, and correct a figure's value, period or source. Every write is
 * audited in its transaction. The figure that opened the aid ledger keeps its value: the ledger
 * is append-only, so its correction is an adjustment (a trigger refuses it in the database too).
 */
@Injectable()
export class IndicatorsService {
  constructor(private readonly db: DataSource) {}

  async list(): Promise<AdminIndicatorDto[]> {
    const rows = await q<IndicatorRow>(this.db, `SELECT ${COLUMNS} FROM reported_indicators ORDER BY kind, sort_order, key`);
    return rows.map(toDto);
  }

  async create(body: IndicatorCreateRequest, actorUserId: string, origin: AuditOrigin): Promise<AdminIndicatorDto> {
    return this.db.transaction(async (em) => {
      const [row] = await q<IndicatorRow>(
        em,
        `INSERT INTO reported_indicators (key, kind, label_zh, label_en, value, unit, note_zh, note_en, period_start, period_end, source, sort_order)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, coalesce(max(sort_order), 0) + 10 FROM reported_indicators
         ON CONFLICT (key) DO NOTHING RETURNING ${COLUMNS}`,
        [body.key, body.kind, body.labelZh, body.labelEn, body.value, body.unit, body.noteZh ?? null, body.noteEn ?? null, body.periodStart, body.periodEnd, body.source],
      );
      if (!row) {
        throw new ApiException(409, ErrorCode.IndicatorKeyTaken, `An indicator with the key ${body.key} exists already; correct it instead.`, {
          key: ['is already used'],
        });
      }
      const dto = toDto(row);
      await recordAudit(em, { actorUserId, action: 'aid.indicator.create', entity: 'reported_indicator', entityId: dto.id, before: null, after: dto, ...origin });
      return dto;
    });
  }

  async update(id: string, body: IndicatorPatchRequest, actorUserId: string, origin: AuditOrigin): Promise<AdminIndicatorDto> {
    return this.db.transaction(async (em) => {
      const [current] = await q<IndicatorRow>(em, `SELECT ${COLUMNS} FROM reported_indicators WHERE id = $1 FOR UPDATE`, [id]);
      if (!current) throw new ApiException(404, ErrorCode.IndicatorNotFound, 'No such indicator.');
      const before = toDto(current);
      const value = body.value ?? before.value;
      if (value !== before.value && (await this.openedLedger(em, before.key))) {
        throw new ApiException(
          409,
          ErrorCode.OpeningBalanceFixed,
          `${before.key} is the aid ledger's opening balance, and the ledger is append-only: its value stays ${before.value}. ` +
            'Record the difference as an adjustment (POST /api/aid/adjustments) with its reason; its period and source may still be corrected.',
        );
      }
      const fields: Record<string, string[]> = {};
      const valueProblem = indicatorValueProblem(value, before.unit);
      if (valueProblem) fields['value'] = [valueProblem];
      const periodStart = body.periodStart ?? before.periodStart;
      const periodEnd = body.periodEnd ?? before.periodEnd;
      if (periodStart > periodEnd) fields['periodEnd'] = ['must not be before periodStart'];
      if (Object.keys(fields).length) throw invalidFields(fields);

      const [row] = await q<IndicatorRow>(
        em,
        `UPDATE reported_indicators SET value = $2, period_start = $3, period_end = $4, source = $5 WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, value, periodStart, periodEnd, body.source ?? before.source],
      );
      const after = toDto(row);
      await recordAudit(em, { actorUserId, action: 'aid.indicator.update', entity: 'reported_indicator', entityId: id, before, after, ...origin });
      return after;
    });
  }

  /** Whether the indicator `key` opened the aid ledger (its opening-balance entry exists). */
  private async openedLedger(em: EntityManager, key: string): Promise<boolean> {
    const rows = await q<{ id: string }>(em, 'SELECT id FROM aid_ledger_entries WHERE source_ref = $1', [aidOpeningRef(key)]);
    return rows.length > 0;
  }
}

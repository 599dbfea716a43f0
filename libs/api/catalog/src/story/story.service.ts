import { Injectable } from '@nestjs/common';
import type { IndicatorUnit, StoryResponse } from '@shanhai/shared/contracts';
import { readRows } from '@shanhai/api/platform';
import { DataSource } from 'typeorm';

interface IndicatorRow {
  key: string;
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

const pair = (zh: string | null, en: string | null) => (zh || en ? { zh: zh ?? '', en: en ?? '' } : null);

@Injectable()
export class StoryService {
  constructor(private readonly db: DataSource) {}

  /** The reported figures of the cooperation, from data, in their display order; targets are the admins' own, not reported. */
  async story(): Promise<StoryResponse> {
    const rows: IndicatorRow[] = await readRows(this.db, 
      `SELECT key, label_zh, label_en, value, unit, note_zh, note_en, period_start::text, period_end::text,
              period_note_zh, period_note_en, source
       FROM reported_indicators WHERE kind = 'reported' ORDER BY sort_order, key`,
    );
    return {
      indicators: rows.map((r) => ({
        key: r.key,
        label: { zh: r.label_zh, en: r.label_en },
        value: Number(r.value),
        unit: r.unit,
        note: pair(r.note_zh, r.note_en),
        periodStart: r.period_start,
        periodEnd: r.period_end,
        periodNote: pair(r.period_note_zh, r.period_note_en),
        source: r.source,
      })),
    };
  }
}

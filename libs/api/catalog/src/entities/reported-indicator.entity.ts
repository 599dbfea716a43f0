import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { IndicatorKind, IndicatorUnit } from '@shanhai/shared/contracts';

/**
 * A figure an outside source reported (the founding article, a later report), or a target set
 * for a period, with its period and source. Only reported figures appear on the public story.
 */
@Entity({ name: 'reported_indicators' })
@Check('reported_indicators_kind_check', `kind IN ('reported', 'target')`)
export class ReportedIndicatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  key!: string;

  @Column({ type: 'varchar', length: 10, default: 'reported' })
  kind!: IndicatorKind;

  @Column({ name: 'label_zh', type: 'varchar', length: 200 })
  labelZh!: string;

  @Column({ name: 'label_en', type: 'varchar', length: 200 })
  labelEn!: string;

  /** numeric, since reported values include percentages such as 95.33 */
  @Column({ type: 'numeric', precision: 20, scale: 4 })
  value!: string;

  @Column({ type: 'varchar', length: 20 })
  unit!: IndicatorUnit;

  @Column({ name: 'note_zh', type: 'text', nullable: true })
  noteZh!: string | null;

  @Column({ name: 'note_en', type: 'text', nullable: true })
  noteEn!: string | null;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ name: 'period_note_zh', type: 'text', nullable: true })
  periodNoteZh!: string | null;

  @Column({ name: 'period_note_en', type: 'text', nullable: true })
  periodNoteEn!: string | null;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;
}

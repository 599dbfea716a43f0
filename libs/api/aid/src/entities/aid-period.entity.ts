import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A closed accounting month (DOMAIN.md rule 6, "Periods lock"). A BEFORE INSERT trigger on the
 * ledger refuses any entry into a period listed here, whoever writes it; corrections go into the
 * open period as adjustments. Closing is final: a trigger refuses UPDATE and DELETE.
 */
@Entity({ name: 'aid_periods' })
@Check('aid_periods_period_check', `period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
export class AidPeriodEntity {
  /** 'YYYY-MM' */
  @PrimaryColumn({ type: 'char', length: 7 })
  period!: string;

  @Column({ name: 'closed_at', type: 'timestamptz', default: () => 'now()' })
  closedAt!: Date;

  @Column({ name: 'closed_by', type: 'uuid' })
  closedBy!: string;
}

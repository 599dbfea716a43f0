import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { fenTransformer } from '@shanhai/api/platform';
import type { BenefitMechanismType } from '@shanhai/shared/contracts';

/**
 * What one of a cooperative's benefit mechanisms paid out in a year: a dividend as investment ×
 * rate (basis points, 8 % = 800), anything else as the amount paid. `amount_fen` holds what was
 * paid either way, so sums never recompute a dividend.
 */
@Entity({ name: 'aid_benefit_payouts' })
@Unique('aid_benefit_payouts_key', ['cooperativeId', 'type', 'year'])
@Check('aid_benefit_payouts_type_check', `type IN ('dividend', 'day_wage', 'land_rent', 'produce_purchase')`)
@Check('aid_benefit_payouts_year_check', 'year BETWEEN 2015 AND 2100')
@Check(
  'aid_benefit_payouts_shape_check',
  `(type = 'dividend' AND investment_fen > 0 AND rate_basis_points BETWEEN 1 AND 10000) OR (type <> 'dividend' AND investment_fen IS NULL AND rate_basis_points IS NULL)`,
)
@Check('aid_benefit_payouts_amount_check', 'amount_fen >= 0')
export class BenefitPayoutEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('aid_benefit_payouts_year_idx')
  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId!: string;

  @ManyToOne('CooperativeEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cooperative_id' })
  // declared for the foreign key; the id column above is what code reads
  cooperativeRef?: unknown;

  @Column({ type: 'varchar', length: 20 })
  type!: BenefitMechanismType;

  @Column({ name: 'investment_fen', type: 'bigint', nullable: true, transformer: fenTransformer })
  investmentFen!: number | null;

  @Column({ name: 'rate_basis_points', type: 'integer', nullable: true })
  rateBasisPoints!: number | null;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: fenTransformer })
  amountFen!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { MediaEntity } from '@shanhai/api/platform';
import type { StockReason } from '@shanhai/shared/contracts';
import { CooperativeEntity } from './cooperative.entity';
import { AidCertificateEntity, ProductEntity, ProductVariantEntity } from './product.entity';

/**
 * A stock change a member made by hand (restock, correction, damage …), with the level after it.
 * Sales and cancellations move stock through orders and are read from there.
 */
@Entity({ name: 'stock_movements' })
@Check('stock_movements_reason_check', `reason IN ('restock','correction','damaged','returned','stocktake')`)
@Check('stock_movements_delta_check', 'delta <> 0 AND available_after >= 0')
@Index('stock_movements_variant_idx', ['variantId', 'id'])
@Index('stock_movements_cooperative_idx', ['cooperativeId', 'id'])
export class StockMovementEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'variant_id', type: 'uuid' })
  variantId!: string;

  @ManyToOne(() => ProductVariantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'variant_id' })
  variant?: Relation<ProductVariantEntity>;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId!: string;

  @ManyToOne(() => CooperativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cooperative_id' })
  cooperative?: Relation<CooperativeEntity>;

  @Column({ type: 'integer' })
  delta!: number;

  @Column({ type: 'varchar', length: 20 })
  reason!: StockReason;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note!: string | null;

  @Column({ name: 'available_after', type: 'integer' })
  availableAfter!: number;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A certificate a cooperative submitted for review. Only an approved one is copied into
 * aid_certificates, so every reader of that table (listing, product page, checkout's aid snapshot)
 * sees approved certificates only and judges eligibility the way it always has.
 */
@Entity({ name: 'certificate_submissions' })
@Check('certificate_submissions_status_check', `status IN ('pending','approved','rejected','revoked')`)
@Check('certificate_submissions_window_check', 'valid_from <= valid_to')
@Index('certificate_submissions_queue_idx', ['status', 'createdAt'])
export class CertificateSubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: Relation<ProductEntity>;

  @Index()
  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId!: string;

  @ManyToOne(() => CooperativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cooperative_id' })
  cooperative?: Relation<CooperativeEntity>;

  @Column({ type: 'varchar', length: 64 })
  number!: string;

  @Column({ type: 'varchar', length: 200 })
  issuer!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date' })
  validTo!: string;

  @Column({ name: 'scan_media_id', type: 'uuid', nullable: true })
  scanMediaId!: string | null;

  @ManyToOne(() => MediaEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'scan_media_id' })
  scan?: Relation<MediaEntity> | null;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: 'pending' | 'approved' | 'rejected' | 'revoked';

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** the certificate in force, once approved */
  @Column({ name: 'certificate_id', type: 'uuid', nullable: true })
  certificateId!: string | null;

  @ManyToOne(() => AidCertificateEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'certificate_id' })
  certificate?: Relation<AidCertificateEntity> | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * Every commission rate a cooperative has had and from when: a month's payout charges each sale
 * the rate in force when it was paid, so changing the rate never rewrites past payouts.
 */
@Entity({ name: 'commission_rates' })
@Check('commission_rates_bps_check', 'commission_bps BETWEEN 0 AND 5000')
@Index('commission_rates_cooperative_idx', ['cooperativeId', 'effectiveFrom'])
export class CommissionRateEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId!: string;

  @ManyToOne(() => CooperativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cooperative_id' })
  cooperative?: Relation<CooperativeEntity>;

  @Column({ name: 'commission_bps', type: 'integer' })
  commissionBps!: number;

  @Column({ name: 'effective_from', type: 'timestamptz', default: () => 'now()' })
  effectiveFrom!: Date;

  @Column({ name: 'set_by', type: 'uuid', nullable: true })
  setBy!: string | null;
}

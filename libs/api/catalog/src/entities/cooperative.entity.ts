import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { MediaEntity } from '@shanhai/api/platform';
import type { BenefitMechanismType, CooperativeStatus } from '@shanhai/shared/contracts';
import { TownshipEntity, VillageEntity } from './place.entity';

export type LegalForm = 'company' | 'cooperative' | 'village_collective' | 'family_farm';

/** A seller: a legal entity of the county with a unified social credit code. */
@Entity({ name: 'cooperatives' })
@Check('cooperatives_status_check', `status IN ('pending','approved','rejected','suspended')`)
@Check('cooperatives_legal_form_check', `legal_form IN ('company','cooperative','village_collective','family_farm')`)
@Check('cooperatives_commission_check', 'commission_bps BETWEEN 0 AND 5000')
@Check('cooperatives_linked_check', 'linked_households >= 0 AND linked_persons >= linked_households')
export class CooperativeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 200 })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ name: 'legal_form', type: 'varchar', length: 20 })
  legalForm!: LegalForm;

  @Index({ unique: true })
  @Column({ name: 'credit_code', type: 'char', length: 18 })
  creditCode!: string;

  @Column({ name: 'township_id', type: 'uuid' })
  townshipId!: string;

  @ManyToOne(() => TownshipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'township_id' })
  township?: Relation<TownshipEntity>;

  @Column({ name: 'village_id', type: 'uuid' })
  villageId!: string;

  @ManyToOne(() => VillageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_id' })
  village?: Relation<VillageEntity>;

  @Column({ name: 'story_zh', type: 'text', default: '' })
  storyZh!: string;

  @Column({ name: 'story_en', type: 'text', default: '' })
  storyEn!: string;

  @Index()
  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: CooperativeStatus;

  @Column({ name: 'banner_media_id', type: 'uuid', nullable: true })
  bannerMediaId!: string | null;

  @ManyToOne(() => MediaEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'banner_media_id' })
  banner?: Relation<MediaEntity> | null;

  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  /** why the application was rejected or the seller suspended, shown to its members */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason!: string | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 60, default: '' })
  contactName!: string;

  @Column({ name: 'contact_phone', type: 'varchar', length: 20, default: '' })
  contactPhone!: string;

  @Column({ name: 'contact_email', type: 'varchar', length: 254, default: '' })
  contactEmail!: string;

  /** registered households and persons the seller declares it benefits (counts only: no names) */
  @Column({ name: 'linked_households', type: 'integer', default: 0 })
  linkedHouseholds!: number;

  @Column({ name: 'linked_persons', type: 'integer', default: 0 })
  linkedPersons!: number;

  /** the platform's commission on goods sold, in basis points (500 = 5 %); only admins change it */
  @Column({ name: 'commission_bps', type: 'integer', default: 500 })
  commissionBps!: number;

  /** who applied; becomes the first member when the application is approved */
  @Column({ name: 'applicant_user_id', type: 'uuid', nullable: true })
  applicantUserId!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'applicant_user_id' })
  // declared for the foreign key; the id column above is what code reads
  applicantRef?: unknown;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @OneToMany(() => BenefitMechanismEntity, (b) => b.cooperative)
  benefitMechanisms?: Relation<BenefitMechanismEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** How a seller benefits registered households (带贫益贫机制). */
@Entity({ name: 'benefit_mechanisms' })
@Check('benefit_mechanisms_type_check', `type IN ('dividend','day_wage','land_rent','produce_purchase')`)
export class BenefitMechanismEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId!: string;

  @ManyToOne(() => CooperativeEntity, (c) => c.benefitMechanisms, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cooperative_id' })
  cooperative?: Relation<CooperativeEntity>;

  @Column({ type: 'varchar', length: 20 })
  type!: BenefitMechanismType;

  @Column({ name: 'description_zh', type: 'text' })
  descriptionZh!: string;

  @Column({ name: 'description_en', type: 'text' })
  descriptionEn!: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;
}

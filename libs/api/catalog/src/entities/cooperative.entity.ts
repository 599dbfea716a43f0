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

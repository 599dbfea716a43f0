import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { BenefitMechanismType } from '@shanhai/shared/contracts';

/**
 * A household linked to a cooperative's benefit mechanisms (联农带农), stored only as a
 * pseudonymous code with its village and size (DOMAIN.md "Households and privacy"): no name,
 * ID number or phone number is ever kept. Admins read these; public pages get counts only.
 */
@Entity({ name: 'aid_households' })
// the same rule as the contract's, kept by the database too: a pseudonym, never a phone or ID number
@Check('aid_households_code_check', `code ~ '^[A-Z0-9][A-Z0-9-]{3,31}$' AND replace(code, '-', '') !~ '^[0-9]{11,}X?$'`)
@Check('aid_households_persons_check', 'persons BETWEEN 1 AND 30')
export class HouseholdEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('aid_households_code_key', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Index('aid_households_cooperative_idx')
  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId!: string;

  @ManyToOne('CooperativeEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cooperative_id' })
  // declared for the foreign key; the id column above is what code reads
  cooperativeRef?: unknown;

  @Index('aid_households_village_idx')
  @Column({ name: 'village_id', type: 'uuid' })
  villageId!: string;

  @ManyToOne('VillageEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_id' })
  // declared for the foreign key; the id column above is what code reads
  villageRef?: unknown;

  @Column({ type: 'integer' })
  persons!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** Which of its cooperative's declared mechanism types a household benefits from. */
@Entity({ name: 'aid_household_mechanisms' })
@Check('aid_household_mechanisms_type_check', `type IN ('dividend', 'day_wage', 'land_rent', 'produce_purchase')`)
@Index('aid_household_mechanisms_type_idx', ['type', 'householdId'])
export class HouseholdMechanismEntity {
  @PrimaryColumn({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => HouseholdEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  // declared for the foreign key; the id column above is what code reads
  householdRef?: unknown;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  type!: BenefitMechanismType;
}

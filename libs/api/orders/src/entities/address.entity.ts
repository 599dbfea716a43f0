import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A delivery address in the Chinese format, saved on an account. */
@Entity({ name: 'addresses' })
export class AddressEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  // declared for the foreign key; the id column above is what code reads
  userRef?: unknown;

  @Column({ type: 'varchar', length: 40 })
  recipient!: string;

  @Column({ type: 'varchar', length: 20 })
  mobile!: string;

  @Column({ type: 'varchar', length: 20 })
  province!: string;

  @Column({ type: 'varchar', length: 30 })
  city!: string;

  @Column({ type: 'varchar', length: 30 })
  district!: string;

  @Column({ type: 'varchar', length: 120 })
  street!: string;

  @Column({ name: 'postal_code', type: 'char', length: 6, nullable: true })
  postalCode!: string | null;

  @Column({ name: 'is_default', type: 'boolean', default: false })
  isDefault!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A seller's shipping charge, as data. The row without a cooperative is the default. */
@Entity({ name: 'shipping_rules' })
export class ShippingRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ name: 'cooperative_id', type: 'uuid', nullable: true })
  cooperativeId!: string | null;

  @ManyToOne('CooperativeEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cooperative_id' })
  // declared for the foreign key; the id column above is what code reads
  cooperativeRef?: unknown;

  @Column({ name: 'fee_fen', type: 'bigint' })
  feeFen!: string;

  @Column({ name: 'free_over_fen', type: 'bigint', nullable: true })
  freeOverFen!: string | null;
}

import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { UserRole } from '@shanhai/shared/contracts';

@Entity({ name: 'users' })
@Check('users_role_check', `role IN ('consumer','cooperative','admin')`)
@Check('users_cooperative_member_check', `(role = 'cooperative') = (cooperative_id IS NOT NULL)`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** stored lower-cased; unique */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 60, nullable: true })
  displayName!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'consumer' })
  role!: UserRole;

  /** the cooperative a member acts for; set only for role 'cooperative' */
  @Index()
  @Column({ name: 'cooperative_id', type: 'uuid', nullable: true })
  cooperativeId!: string | null;

  @ManyToOne('CooperativeEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cooperative_id' })
  // declared for the foreign key; the id column above is what code reads
  cooperativeRef?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

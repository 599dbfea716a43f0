import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An invitation to act for a cooperative. The mailed link carries a token of which only the hash
 * is kept; accepting makes the account a member of that cooperative.
 */
@Entity({ name: 'cooperative_invitations' })
@Index('cooperative_invitations_open_idx', ['cooperativeId', 'email'], { where: 'accepted_at IS NULL AND revoked_at IS NULL' })
export class CooperativeInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId!: string;

  @ManyToOne('CooperativeEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cooperative_id' })
  // declared for the foreign key; the id column above is what code reads
  cooperativeRef?: unknown;

  /** lower-cased */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_by' })
  // declared for the foreign key; the id column above is what code reads
  acceptedByRef?: unknown;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

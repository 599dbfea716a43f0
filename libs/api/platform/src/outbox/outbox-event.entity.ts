import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Domain events written in the same transaction as the change they describe, then delivered
 * by a worker (any number of them, with FOR UPDATE SKIP LOCKED): nothing is lost if a process
 * dies between the commit and the delivery, and nothing is delivered for a rolled-back change.
 */
@Entity({ name: 'outbox_events' })
@Index('outbox_events_pending_idx', ['availableAt'], { where: 'processed_at IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 80 })
  type!: string;

  @Column({ name: 'aggregate_id', type: 'varchar', length: 80 })
  aggregateId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'available_at', type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}

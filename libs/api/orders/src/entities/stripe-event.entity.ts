import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Every Stripe event the webhook has acted on, written in the same transaction as its effect:
 * a redelivery of the same event finds its row and changes nothing.
 */
@Entity({ name: 'stripe_events' })
export class StripeEventEntity {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 255 })
  eventId!: string;

  @Column({ type: 'varchar', length: 100 })
  type!: string;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}

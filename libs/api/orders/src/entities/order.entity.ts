import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { fenTransformer } from '@shanhai/api/platform';
import type { FulfilmentStatus, OrderStatus, PaymentMethod, PaymentStatus } from '@shanhai/shared/contracts';

@Entity({ name: 'orders' })
@Unique('orders_user_idempotency_key', ['userId', 'idempotencyKey'])
@Index('orders_expiry_idx', ['expiresAt'], { where: `status = 'awaiting_payment'` })
@Check('orders_totals_check', 'total_fen = items_fen + shipping_fen AND refunded_fen <= paid_fen')
export class OrderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 24 })
  number!: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  // declared for the foreign key; the id column above is what code reads
  userRef?: unknown;

  @Column({ type: 'varchar', length: 24 })
  status!: OrderStatus;

  @Column({ name: 'payment_status', type: 'varchar', length: 24, default: 'unpaid' })
  paymentStatus!: PaymentStatus;

  @Column({ name: 'payment_method', type: 'varchar', length: 16 })
  paymentMethod!: PaymentMethod;

  @Column({ name: 'items_fen', type: 'bigint', transformer: fenTransformer })
  itemsFen!: number;

  @Column({ name: 'shipping_fen', type: 'bigint', transformer: fenTransformer })
  shippingFen!: number;

  @Column({ name: 'total_fen', type: 'bigint', transformer: fenTransformer })
  totalFen!: number;

  @Column({ name: 'paid_fen', type: 'bigint', default: 0, transformer: fenTransformer })
  paidFen!: number;

  @Column({ name: 'refunded_fen', type: 'bigint', default: 0, transformer: fenTransformer })
  refundedFen!: number;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100 })
  idempotencyKey!: string;

  /** hash of the request that made the order, so a key reused for another request is refused */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

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

  @Column({ type: 'varchar', length: 200, nullable: true })
  note!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One cooperative's share of an order: it ships separately. */
@Entity({ name: 'fulfilments' })
export class FulfilmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  // declared for the foreign key; the id column above is what code reads
  orderRef?: unknown;

  @Index()
  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId!: string;

  @ManyToOne('CooperativeEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cooperative_id' })
  // declared for the foreign key; the id column above is what code reads
  cooperativeRef?: unknown;

  @Column({ name: 'cooperative_slug', type: 'varchar', length: 80 })
  cooperativeSlug!: string;

  @Column({ name: 'cooperative_name_zh', type: 'varchar', length: 200 })
  cooperativeNameZh!: string;

  @Column({ name: 'cooperative_name_en', type: 'varchar', length: 200 })
  cooperativeNameEn!: string;

  @Column({ type: 'varchar', length: 24 })
  status!: FulfilmentStatus;

  @Column({ name: 'items_fen', type: 'bigint', transformer: fenTransformer })
  itemsFen!: number;

  @Column({ name: 'shipping_fen', type: 'bigint', transformer: fenTransformer })
  shippingFen!: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  carrier!: string | null;

  @Column({ name: 'tracking_number', type: 'varchar', length: 40, nullable: true })
  trackingNumber!: string | null;

  @Column({ name: 'shipped_at', type: 'timestamptz', nullable: true })
  shippedAt!: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}

/**
 * A bought line, with everything that mattered at the moment of sale copied onto it (price,
 * names, seller, place, category, certificate and whether it counted as aid): later edits of the
 * catalogue never rewrite it.
 */
@Entity({ name: 'order_lines' })
@Check('order_lines_amounts_check', 'quantity > 0 AND line_total_fen = unit_price_fen * quantity AND refunded_fen <= line_total_fen')
export class OrderLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  // declared for the foreign key; the id column above is what code reads
  orderRef?: unknown;

  @Index()
  @Column({ name: 'fulfilment_id', type: 'uuid' })
  fulfilmentId!: string;

  @ManyToOne(() => FulfilmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fulfilment_id' })
  // declared for the foreign key; the id column above is what code reads
  fulfilmentRef?: unknown;

  @Column({ name: 'variant_id', type: 'uuid' })
  variantId!: string;

  @ManyToOne('ProductVariantEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'variant_id' })
  // declared for the foreign key; the id column above is what code reads
  variantRef?: unknown;

  @Column({ type: 'varchar', length: 64 })
  sku!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Column({ name: 'product_slug', type: 'varchar', length: 80 })
  productSlug!: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 200 })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ name: 'variant_label_zh', type: 'varchar', length: 100 })
  variantLabelZh!: string;

  @Column({ name: 'variant_label_en', type: 'varchar', length: 100 })
  variantLabelEn!: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId!: string;

  @Column({ name: 'township_slug', type: 'varchar', length: 80 })
  townshipSlug!: string;

  @Column({ name: 'village_slug', type: 'varchar', length: 80 })
  villageSlug!: string;

  @Column({ name: 'category_slug', type: 'varchar', length: 80 })
  categorySlug!: string;

  @Column({ name: 'certificate_number', type: 'varchar', length: 64, nullable: true })
  certificateNumber!: string | null;

  @Column({ name: 'aid_eligible', type: 'boolean' })
  aidEligible!: boolean;

  @Column({ name: 'unit_price_fen', type: 'bigint', transformer: fenTransformer })
  unitPriceFen!: number;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ name: 'line_total_fen', type: 'bigint', transformer: fenTransformer })
  lineTotalFen!: number;

  @Column({ name: 'refunded_fen', type: 'bigint', default: 0, transformer: fenTransformer })
  refundedFen!: number;
}

/** Every status change of an order, with why and by whom. */
@Entity({ name: 'order_history' })
export class OrderHistoryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Index()
  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  // declared for the foreign key; the id column above is what code reads
  orderRef?: unknown;

  @Column({ name: 'from_status', type: 'varchar', length: 24, nullable: true })
  fromStatus!: OrderStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 24 })
  toStatus!: OrderStatus;

  @Column({ type: 'varchar', length: 200 })
  reason!: string;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'payments' })
@Index('payments_provider_ref_key', ['provider', 'providerRef'], { unique: true, where: 'provider_ref IS NOT NULL' })
export class PaymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  // declared for the foreign key; the id column above is what code reads
  orderRef?: unknown;

  @Column({ type: 'varchar', length: 16 })
  provider!: PaymentMethod;

  /** Stripe's PaymentIntent id, or the reference of an offline payment */
  @Column({ name: 'provider_ref', type: 'varchar', length: 100, nullable: true })
  providerRef!: string | null;

  /**
   * Stripe: the PaymentIntent's client secret, kept only while the payment is pending so the
   * order page can show the payment form again without a call to Stripe; cleared when it settles.
   */
  @Column({ name: 'client_secret', type: 'varchar', length: 255, nullable: true })
  clientSecret!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: 'pending' | 'succeeded' | 'failed' | 'canceled';

  @Column({ name: 'amount_fen', type: 'bigint', transformer: fenTransformer })
  amountFen!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'refunds' })
export class RefundEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'payment_id', type: 'uuid' })
  paymentId!: string;

  @ManyToOne(() => PaymentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'payment_id' })
  // declared for the foreign key; the id column above is what code reads
  paymentRef?: unknown;

  @Column({ name: 'order_line_id', type: 'uuid', nullable: true })
  orderLineId!: string | null;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: fenTransformer })
  amountFen!: number;

  @Column({ type: 'varchar', length: 200 })
  reason!: string;

  /**
   * pending: owed, the provider is being asked (after the commit, retried from the outbox);
   * succeeded: done by the provider; pending_manual: to be paid back by hand (offline payments)
   */
  @Column({ type: 'varchar', length: 20 })
  status!: 'pending' | 'succeeded' | 'pending_manual' | 'failed';

  @Column({ name: 'provider_ref', type: 'varchar', length: 100, nullable: true })
  providerRef!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

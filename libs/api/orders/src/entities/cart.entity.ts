import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { fenTransformer } from '@shanhai/api/platform';

/** A shopper's cart: a guest's (by cookie) or an account's (one per user). */
@Entity({ name: 'carts' })
export class CartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true, where: 'user_id IS NOT NULL' })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  // declared for the foreign key; the id column above is what code reads
  userRef?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'cart_lines' })
@Unique('cart_lines_cart_variant_key', ['cartId', 'variantId'])
@Check('cart_lines_quantity_check', 'quantity > 0')
export class CartLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'cart_id', type: 'uuid' })
  cartId!: string;

  @ManyToOne(() => CartEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cart_id' })
  // declared for the foreign key; the id column above is what code reads
  cartRef?: unknown;

  @Column({ name: 'variant_id', type: 'uuid' })
  variantId!: string;

  @ManyToOne('ProductVariantEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'variant_id' })
  // declared for the foreign key; the id column above is what code reads
  variantRef?: unknown;

  @Column({ type: 'integer' })
  quantity!: number;

  /** the price when added, so the cart can say when it changed */
  @Column({ name: 'added_price_fen', type: 'bigint', transformer: fenTransformer })
  addedPriceFen!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

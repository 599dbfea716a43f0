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
import { fenTransformer, MediaEntity } from '@shanhai/api/platform';
import { CategoryEntity } from './category.entity';
import { CooperativeEntity } from './cooperative.entity';
import { VillageEntity } from './place.entity';

export type ProductStatus = 'draft' | 'active' | 'hidden';
export type ProductReviewStatus = 'pending' | 'approved' | 'rejected';

@Entity({ name: 'products' })
@Check('products_status_check', `status IN ('draft','active','hidden')`)
@Check('products_review_status_check', `review_status IN ('pending','approved','rejected')`)
// Listed means approved: the storefront and checkout read `status = 'active'` and need no other test.
@Check('products_active_approved_check', `status <> 'active' OR review_status = 'approved'`)
@Index('products_review_queue_idx', ['reviewStatus', 'updatedAt'], { where: `review_status = 'pending'` })
@Index('products_category_created_idx', ['categoryId', 'createdAt'])
@Index('products_created_idx', ['createdAt'])
@Index('products_price_min_idx', ['priceMinFen'])
// Covering indexes for the default listing order, written by hand (descending keys, INCLUDE)
@Index('products_listing_category_idx', { synchronize: false })
@Index('products_listing_idx', { synchronize: false })
export class ProductEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Index()
  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId!: string;

  @ManyToOne(() => CooperativeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cooperative_id' })
  cooperative?: Relation<CooperativeEntity>;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId!: string;

  @ManyToOne(() => CategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<CategoryEntity>;

  /** origin village; its township is the product's township */
  @Index()
  @Column({ name: 'village_id', type: 'uuid' })
  villageId!: string;

  @ManyToOne(() => VillageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_id' })
  village?: Relation<VillageEntity>;

  @Column({ name: 'name_zh', type: 'varchar', length: 200 })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ name: 'description_zh', type: 'text', default: '' })
  descriptionZh!: string;

  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn!: string;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  status!: ProductStatus;

  /**
   * The platform's review. Rows written by the operator (the demo seed, scripts) are their own and
   * count as reviewed; the cooperative portal always writes 'pending' explicitly.
   */
  @Column({ name: 'review_status', type: 'varchar', length: 20, default: 'approved' })
  reviewStatus!: ProductReviewStatus;

  @Column({ name: 'review_reason', type: 'text', nullable: true })
  reviewReason!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  /** invented prices and stock of the demo data */
  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  // Kept by a trigger on product_variants (see the migration) so listing pages sort and
  // filter by price and stock without aggregating variants on every request.
  @Column({ name: 'price_min_fen', type: 'bigint', nullable: true, transformer: fenTransformer, insert: false, update: false })
  priceMinFen!: number | null;

  @Column({ name: 'price_max_fen', type: 'bigint', nullable: true, transformer: fenTransformer, insert: false, update: false })
  priceMaxFen!: number | null;

  @Column({ name: 'in_stock', type: 'boolean', default: false, insert: false, update: false })
  inStock!: boolean;

  @OneToMany(() => ProductVariantEntity, (v) => v.product)
  variants?: Relation<ProductVariantEntity[]>;

  @OneToMany(() => ProductImageEntity, (i) => i.product)
  images?: Relation<ProductImageEntity[]>;

  @OneToMany(() => AidCertificateEntity, (c) => c.product)
  certificates?: Relation<AidCertificateEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'product_variants' })
@Check('product_variants_price_check', 'price_fen >= 0')
@Check('product_variants_available_check', 'available >= 0')
@Check('product_variants_weight_check', 'shipping_weight_grams >= 0')
export class ProductVariantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity, (p) => p.variants, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: Relation<ProductEntity>;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  sku!: string;

  @Column({ name: 'label_zh', type: 'varchar', length: 100 })
  labelZh!: string;

  @Column({ name: 'label_en', type: 'varchar', length: 100 })
  labelEn!: string;

  @Column({ name: 'price_fen', type: 'bigint', transformer: fenTransformer })
  priceFen!: number;

  /** units that can still be sold; checkout decrements it conditionally */
  @Column({ type: 'integer', default: 0 })
  available!: number;

  @Column({ name: 'shipping_weight_grams', type: 'integer', default: 0 })
  shippingWeightGrams!: number;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'product_images' })
@Index('product_images_product_position_idx', ['productId', 'position'])
export class ProductImageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity, (p) => p.images, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: Relation<ProductEntity>;

  @Column({ name: 'media_id', type: 'uuid' })
  mediaId!: string;

  @ManyToOne(() => MediaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'media_id' })
  media?: Relation<MediaEntity>;

  /** a small version made on upload, for lists and the admin queue */
  @Column({ name: 'thumb_media_id', type: 'uuid', nullable: true })
  thumbMediaId!: string | null;

  @ManyToOne(() => MediaEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'thumb_media_id' })
  thumb?: Relation<MediaEntity> | null;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @Column({ name: 'alt_zh', type: 'varchar', length: 200, default: '' })
  altZh!: string;

  @Column({ name: 'alt_en', type: 'varchar', length: 200, default: '' })
  altEn!: string;
}

/** Aid product certification (扶贫产品认定): a product counts only inside its window. */
@Entity({ name: 'aid_certificates' })
@Check('aid_certificates_window_check', 'valid_from <= valid_to')
@Index('aid_certificates_product_window_idx', ['productId', 'validTo'])
export class AidCertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity, (p) => p.certificates, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: Relation<ProductEntity>;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  number!: string;

  @Column({ type: 'varchar', length: 200 })
  issuer!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date' })
  validTo!: string;

  @Column({ type: 'boolean', default: false })
  revoked!: boolean;

  @Column({ name: 'revoked_on', type: 'date', nullable: true })
  revokedOn!: string | null;

  @Column({ name: 'scan_media_id', type: 'uuid', nullable: true })
  scanMediaId!: string | null;

  @ManyToOne(() => MediaEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'scan_media_id' })
  scan?: Relation<MediaEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@shanhai/api/platform';
import type { AidChannel, AidEntryKind } from '@shanhai/shared/contracts';

/**
 * One entry of the consumption-aid ledger. Append-only: a trigger refuses UPDATE and DELETE,
 * so a correction is a new entry (refund, adjustment), never an edit of history. `source_ref`
 * names what brought the entry (an order line's sale, a refund event, the reported opening
 * balance); it is unique, so replaying the same source never adds twice.
 */
@Entity({ name: 'aid_ledger_entries' })
@Index('aid_ledger_entries_source_ref_key', ['sourceRef'], { unique: true })
@Index('aid_ledger_entries_period_idx', ['period'])
// The dashboard's drill-down and export read entries newest first (occurred_on DESC, id DESC)
// under a filter: the day index serves a period range and the order, and the others a
// cooperative, village or category, each with the order. `kind` is the last key column (as an
// INCLUDE would be, which TypeORM cannot declare) so counting past a deep page's offset reads
// the index alone. Townships and channels are coarse enough to walk the day index.
@Index('aid_ledger_entries_day_idx', ['occurredOn', 'id', 'kind'])
@Index('aid_ledger_entries_cooperative_idx', ['cooperativeId', 'occurredOn', 'id', 'kind'])
@Index('aid_ledger_entries_village_idx', ['villageSlug', 'occurredOn', 'id', 'kind'])
@Index('aid_ledger_entries_category_idx', ['categorySlug', 'occurredOn', 'id', 'kind'])
@Index('aid_ledger_entries_order_line_idx', ['orderLineId'], { where: 'order_line_id IS NOT NULL' })
@Check('aid_ledger_entries_kind_check', `kind IN ('sale', 'refund', 'offline_sale', 'opening_balance', 'adjustment')`)
@Check('aid_ledger_entries_channel_check', `channel IN ('online', 'exhibition_centre', 'miao_silver_shop', 'institutional', 'reported')`)
@Check('aid_ledger_entries_period_check', `period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' AND period = to_char(occurred_on, 'YYYY-MM')`)
@Check('aid_ledger_entries_sign_check', `(kind = 'refund' AND amount_fen < 0) OR (kind IN ('sale', 'offline_sale', 'opening_balance') AND amount_fen >= 0) OR kind = 'adjustment'`)
export class AidLedgerEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: AidEntryKind;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  /** the accounting month, 'YYYY-MM' */
  @Column({ type: 'char', length: 7 })
  period!: string;

  @Column({ type: 'varchar', length: 24 })
  channel!: AidChannel;

  @Column({ name: 'cooperative_id', type: 'uuid', nullable: true })
  cooperativeId!: string | null;

  @Column({ name: 'township_slug', type: 'text', nullable: true })
  townshipSlug!: string | null;

  @Column({ name: 'village_slug', type: 'text', nullable: true })
  villageSlug!: string | null;

  @Column({ name: 'category_slug', type: 'text', nullable: true })
  categorySlug!: string | null;

  @Column({ name: 'product_id', type: 'uuid', nullable: true })
  productId!: string | null;

  /** the order line an online sale or refund comes from */
  @Column({ name: 'order_line_id', type: 'uuid', nullable: true })
  orderLineId!: string | null;

  @Column({ type: 'integer', default: 0 })
  quantity!: number;

  /** negative for refunds */
  @Column({ name: 'amount_fen', type: 'bigint', transformer: fenTransformer })
  amountFen!: number;

  @Column({ name: 'source_ref', type: 'varchar', length: 160 })
  sourceRef!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

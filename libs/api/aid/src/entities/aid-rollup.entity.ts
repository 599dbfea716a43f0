import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { fenTransformer } from '@shanhai/api/platform';
import type { AidChannel, AidEntryKind } from '@shanhai/shared/contracts';

/** Stands for "none" in a rollup key, so the unique key also holds for entries without a cooperative. */
export const NO_COOPERATIVE = '00000000-0000-0000-0000-000000000000';

/**
 * Ledger totals per (period, channel, kind, category, township, village, cooperative), kept in
 * step by an AFTER INSERT trigger on the ledger in the same transaction, so a summary reads a
 * few hundred rows however many entries there are. Empty strings (and NO_COOPERATIVE) stand
 * for "none" in the key: NULLs would never collide in a unique key.
 */
@Entity({ name: 'aid_rollups' })
@Unique('aid_rollups_key', ['period', 'channel', 'kind', 'categorySlug', 'townshipSlug', 'villageSlug', 'cooperativeId'])
export class AidRollupEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'char', length: 7 })
  period!: string;

  @Column({ type: 'varchar', length: 24 })
  channel!: AidChannel;

  @Column({ type: 'varchar', length: 20 })
  kind!: AidEntryKind;

  @Column({ name: 'category_slug', type: 'text' })
  categorySlug!: string;

  @Column({ name: 'township_slug', type: 'text' })
  townshipSlug!: string;

  @Column({ name: 'village_slug', type: 'text' })
  villageSlug!: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId!: string;

  @Column({ name: 'amount_fen', type: 'bigint', default: 0, transformer: fenTransformer })
  amountFen!: number;

  @Column({ type: 'bigint', default: 0, transformer: fenTransformer })
  quantity!: number;

  @Column({ type: 'integer', default: 0 })
  entries!: number;
}

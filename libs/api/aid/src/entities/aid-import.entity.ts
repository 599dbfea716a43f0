import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { fenTransformer } from '@shanhai/api/platform';
import type { AidImportChannel, AidImportProblem, AidImportStatus } from '@shanhai/shared/contracts';

/**
 * An uploaded file of offline sales (the exhibition centre's or the Miao silver shop's monthly
 * report). It is checked in the background, its valid rows staged in aid_import_rows, and then
 * committed all-or-nothing into the ledger. The same bytes may not be uploaded twice while an
 * earlier upload of them stands (a discarded import is deleted, a failed one no longer counts).
 */
@Entity({ name: 'aid_imports' })
@Index('aid_imports_sha256_key', ['sha256'], { unique: true, where: `status <> 'failed'` })
@Index('aid_imports_created_idx', ['createdAt'])
@Check('aid_imports_channel_check', `channel IN ('exhibition_centre', 'miao_silver_shop', 'institutional')`)
@Check('aid_imports_status_check', `status IN ('parsing', 'invalid', 'ready', 'committing', 'committed', 'failed')`)
@Check('aid_imports_format_check', `format IN ('csv', 'xlsx')`)
export class AidImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 24 })
  channel!: AidImportChannel;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize!: number;

  /** judged from the bytes: 'csv' or 'xlsx' */
  @Column({ type: 'varchar', length: 8 })
  format!: 'csv' | 'xlsx';

  /** 'utf-8' or 'gb18030' for CSV, 'xlsx' for workbooks */
  @Column({ type: 'varchar', length: 16, nullable: true })
  encoding!: string | null;

  @Column({ type: 'varchar', length: 12, default: 'parsing' })
  status!: AidImportStatus;

  @Column({ name: 'rows_total', type: 'integer', default: 0 })
  rowsTotal!: number;

  @Column({ name: 'rows_processed', type: 'integer', default: 0 })
  rowsProcessed!: number;

  @Column({ name: 'rows_valid', type: 'integer', default: 0 })
  rowsValid!: number;

  @Column({ name: 'amount_fen', type: 'bigint', default: 0, transformer: fenTransformer })
  amountFen!: number;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  periods!: string[];

  /** the first 500 problems, in line order */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  problems!: AidImportProblem[];

  @Column({ name: 'problem_count', type: 'integer', default: 0 })
  problemCount!: number;

  @Column({ name: 'entries_written', type: 'integer', default: 0 })
  entriesWritten!: number;

  /** why the check failed, when status is 'failed' */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'checked_at', type: 'timestamptz', nullable: true })
  checkedAt!: Date | null;

  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true })
  committedAt!: Date | null;

  @Column({ name: 'committed_by', type: 'uuid', nullable: true })
  committedBy!: string | null;
}

/** The uploaded bytes, kept apart so listing imports never reads them. */
@Entity({ name: 'aid_import_files' })
export class AidImportFileEntity {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId!: string;

  @OneToOne(() => AidImportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  import?: Relation<AidImportEntity>;

  @Column({ type: 'bytea' })
  bytes!: Buffer;
}

/**
 * A valid row of an import, with the cooperative's township and village resolved, waiting to be
 * committed; the ledger entry it becomes has source_ref `import:<channel>:<reference>`.
 */
@Entity({ name: 'aid_import_rows' })
@Check('aid_import_rows_quantity_check', 'quantity > 0')
@Check('aid_import_rows_amount_check', 'amount_fen > 0')
export class AidImportRowEntity {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId!: string;

  @ManyToOne(() => AidImportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  import?: Relation<AidImportEntity>;

  /** the row's line in the file (the header is line 1) */
  @PrimaryColumn({ type: 'integer' })
  line!: number;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Column({ type: 'char', length: 7 })
  period!: string;

  @Column({ name: 'cooperative_id', type: 'uuid' })
  cooperativeId!: string;

  @Column({ name: 'township_slug', type: 'text', nullable: true })
  townshipSlug!: string | null;

  @Column({ name: 'village_slug', type: 'text', nullable: true })
  villageSlug!: string | null;

  @Column({ name: 'category_slug', type: 'text', nullable: true })
  categorySlug!: string | null;

  @Column({ type: 'text', nullable: true })
  product!: string | null;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: fenTransformer })
  amountFen!: number;

  @Column({ type: 'varchar', length: 120 })
  reference!: string;
}

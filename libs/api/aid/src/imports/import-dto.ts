import type { AidImportChannel, AidImportDto, AidImportListItemDto, AidImportPreviewRow, AidImportProblem, AidImportStatus } from '@shanhai/shared/contracts';

/** The columns of aid_imports a DTO is made of (never the file's bytes). */
export const IMPORT_COLUMNS = `i.id, i.file_name, i.channel, i.sha256, i.encoding, i.status, i.rows_total, i.rows_processed, i.rows_valid,
  i.amount_fen, i.periods, i.problem_count, i.entries_written, i.created_at, i.committed_at`;

export interface ImportRow {
  id: string;
  file_name: string;
  channel: AidImportChannel;
  sha256: string;
  encoding: string | null;
  status: AidImportStatus;
  rows_total: number;
  rows_processed: number;
  rows_valid: number;
  amount_fen: string;
  periods: string[];
  problem_count: number;
  entries_written: number;
  created_at: Date;
  committed_at: Date | null;
}

export interface PreviewRow {
  line: number;
  occurred_on: string;
  cooperative_slug: string;
  category_slug: string | null;
  product: string | null;
  quantity: number;
  amount_fen: string;
  reference: string;
}

export function toListItem(r: ImportRow): AidImportListItemDto {
  return {
    id: r.id,
    fileName: r.file_name,
    channel: r.channel,
    sha256: r.sha256,
    encoding: r.encoding,
    status: r.status,
    rowsTotal: r.rows_total,
    rowsProcessed: r.rows_processed,
    rowsValid: r.rows_valid,
    amountFen: Number(r.amount_fen),
    periods: r.periods,
    problemCount: r.problem_count,
    entriesWritten: r.entries_written,
    createdAt: new Date(r.created_at).toISOString(),
    committedAt: r.committed_at ? new Date(r.committed_at).toISOString() : null,
  };
}

export function toDto(r: ImportRow, problems: AidImportProblem[], preview: PreviewRow[]): AidImportDto {
  return {
    ...toListItem(r),
    problems,
    preview: preview.map(
      (p): AidImportPreviewRow => ({
        line: p.line,
        occurredOn: p.occurred_on,
        cooperativeSlug: p.cooperative_slug,
        categorySlug: p.category_slug,
        product: p.product,
        quantity: p.quantity,
        amountFen: Number(p.amount_fen),
        reference: p.reference,
      }),
    ),
  };
}

import { HttpException, Injectable } from '@nestjs/common';
import { ApiException, emitEvent, q, recordAudit, type AuditOrigin } from '@shanhai/api/platform';
import { chinaDate } from '@shanhai/shared/domain';
import {
  AidImportErrorCode,
  ErrorCode,
  type AidImportDto,
  type AidImportDuplicateResponse,
  type AidImportListItemDto,
  type AidImportProblem,
  type AidImportTemplateFormat,
} from '@shanhai/shared/contracts';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AID_IMPORT_UPLOADED } from './aid-import-check.service';
import { IMPORT_COLUMNS, toDto, toListItem, type ImportRow, type PreviewRow } from './import-dto';
import { sniffImportFile } from './import-file';
import { buildTemplate, type TemplateFile } from './import-template';
import type { ImportUpload } from './import-upload';

const PREVIEW_ROWS = 50;
const LIST_LIMIT = 200;

const notFound = (id: string) => new ApiException(404, AidImportErrorCode.NotFound, `No import ${id}.`);

/** pg's codes for a unique key broken and for a ledger trigger refusing (a closed period). */
const UNIQUE_VIOLATION = '23505';
const REFUSED_BY_TRIGGER = '55000';

/**
 * Offline sales imports: upload (stored with its hash, checked in the background by
 * AidImportCheckService), the list and one import with its problems and preview, the template,
 * discarding an import that was not committed, and the commit: every staged row into the ledger
 * as an `offline_sale` in one transaction, or nothing.
 */
@Injectable()
export class AidImportsService {
  constructor(private readonly db: DataSource) {}

  /** The template with an example row naming a real approved cooperative and one of its categories. */
  async template(format: AidImportTemplateFormat): Promise<TemplateFile> {
    const [example] = await q<{ slug: string; category: string | null; product: string | null }>(
      this.db,
      `SELECT co.slug, p.category, p.product FROM cooperatives co
       LEFT JOIN LATERAL (SELECT c.name_zh AS category, pr.name_zh AS product FROM products pr JOIN categories c ON c.id = pr.category_id
                          WHERE pr.cooperative_id = co.id ORDER BY pr.created_at, pr.slug LIMIT 1) p ON true
       WHERE co.status = 'approved' ORDER BY co.created_at, co.slug LIMIT 1`,
    );
    return buildTemplate(format, {
      date: chinaDate(),
      cooperative: example?.slug ?? 'cooperative-slug',
      category: example?.category ?? '',
      product: example?.product ?? '',
      quantity: 2,
      amountYuan: '256.00',
      reference: 'ZX-0001',
    });
  }

  /**
   * Stores an upload and queues its check: the file must be a CSV or XLSX by its bytes, and the
   * same bytes may not stand twice. Answers the import as `parsing`.
   */
  async upload(upload: ImportUpload, actorUserId: string, origin: AuditOrigin): Promise<AidImportDto> {
    const kind = sniffImportFile(upload.bytes);
    if (!kind.ok) {
      throw kind.reason === 'empty'
        ? new ApiException(400, AidImportErrorCode.EmptyFile, kind.message, { file: ['is empty'] })
        : new ApiException(415, AidImportErrorCode.UnsupportedFile, kind.message, { file: [kind.message] });
    }
    const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
    try {
      return await this.db.transaction(async (em) => {
        // one upload of the same bytes at a time; the partial unique key is the last word
        await q(em, `SELECT pg_advisory_xact_lock(hashtext('aid-import:' || $1))`, [sha256]);
        await this.refuseDuplicate(em, sha256);
        const [row] = await q<ImportRow>(
          em,
          `INSERT INTO aid_imports AS i (file_name, channel, sha256, byte_size, format, encoding, status, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, 'parsing', $7)
           RETURNING ${IMPORT_COLUMNS}`,
          [upload.fileName, upload.channel, sha256, upload.bytes.length, kind.format, kind.encoding, actorUserId],
        );
        await q(em, 'INSERT INTO aid_import_files (import_id, bytes) VALUES ($1, $2)', [row.id, upload.bytes]);
        await emitEvent(em, AID_IMPORT_UPLOADED, row.id, {});
        const dto = toDto(row, [], []);
        await recordAudit(em, {
          actorUserId,
          action: 'aid.import.upload',
          entity: 'aid_import',
          entityId: row.id,
          before: null,
          after: { fileName: dto.fileName, channel: dto.channel, sha256, byteSize: upload.bytes.length, format: kind.format, encoding: kind.encoding },
          ...origin,
        });
        return dto;
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) await this.refuseDuplicate(this.db.manager, sha256);
      throw error;
    }
  }

  private async refuseDuplicate(em: EntityManager, sha256: string): Promise<void> {
    const [earlier] = await q<{ id: string; file_name: string; status: string; created_at: Date }>(
      em,
      `SELECT id, file_name, status, created_at FROM aid_imports WHERE sha256 = $1 AND status <> 'failed' ORDER BY created_at LIMIT 1`,
      [sha256],
    );
    if (!earlier) return;
    const body: AidImportDuplicateResponse = {
      statusCode: 409,
      code: AidImportErrorCode.DuplicateFile,
      message: `This file was already uploaded as import ${earlier.id} ("${earlier.file_name}", ${earlier.status}, ${new Date(earlier.created_at).toISOString()}). Discard that import first to upload the file again.`,
      importId: earlier.id,
    };
    throw new HttpException(body, 409);
  }

  /** The latest imports, newest first (without their problems and preview). */
  async list(): Promise<AidImportListItemDto[]> {
    const rows = await q<ImportRow>(this.db, `SELECT ${IMPORT_COLUMNS} FROM aid_imports i ORDER BY i.created_at DESC, i.id DESC LIMIT ${LIST_LIMIT}`);
    return rows.map(toListItem);
  }

  async get(id: string, em: EntityManager | DataSource = this.db): Promise<AidImportDto> {
    const [row] = await q<ImportRow & { problems: AidImportProblem[] }>(em, `SELECT ${IMPORT_COLUMNS}, i.problems FROM aid_imports i WHERE i.id = $1`, [id]);
    if (!row) throw notFound(id);
    const preview = await q<PreviewRow>(
      em,
      `SELECT r.line, r.occurred_on::text, co.slug AS cooperative_slug, r.category_slug, r.product, r.quantity, r.amount_fen, r.reference
       FROM aid_import_rows r JOIN cooperatives co ON co.id = r.cooperative_id
       WHERE r.import_id = $1 ORDER BY r.line LIMIT ${PREVIEW_ROWS}`,
      [id],
    );
    return toDto(row, row.problems, preview);
  }

  /**
   * Writes every staged row of a `ready` import into the ledger as an `offline_sale` of its
   * channel, in one statement in one transaction: all rows or none. The import's row lock makes
   * a second commit wait and then find it committed; source references (`import:<channel>:<reference>`)
   * are unique in the ledger, so no row is ever counted twice. Audited in the same transaction.
   */
  async commit(id: string, actorUserId: string, origin: AuditOrigin): Promise<AidImportDto> {
    try {
      return await this.db.transaction(async (em) => {
        const [imp] = await q<{ status: string; channel: string; rows_valid: number; amount_fen: string }>(
          em,
          'SELECT status, channel, rows_valid, amount_fen FROM aid_imports WHERE id = $1 FOR UPDATE',
          [id],
        );
        if (!imp) throw notFound(id);
        if (imp.status !== 'ready') {
          throw new ApiException(409, AidImportErrorCode.NotReady, `Import ${id} is ${imp.status}: only a ready import can be committed.`);
        }
        const closed = await q<{ period: string }>(
          em,
          `SELECT DISTINCT r.period FROM aid_import_rows r JOIN aid_periods p ON p.period = r.period WHERE r.import_id = $1 ORDER BY 1`,
          [id],
        );
        if (closed.length) throw periodClosed(closed.map((c) => c.period));
        const known = await q<{ reference: string }>(
          em,
          `SELECT r.reference FROM aid_import_rows r JOIN aid_ledger_entries e ON e.source_ref = 'import:' || $2::text || ':' || r.reference
           WHERE r.import_id = $1 ORDER BY r.line LIMIT 5`,
          [id, imp.channel],
        );
        if (known.length) throw alreadyInLedger(known.map((k) => k.reference));
        const [{ n }] = await q<{ n: number }>(
          em,
          `WITH ins AS (
             INSERT INTO aid_ledger_entries (kind, occurred_on, period, channel, cooperative_id, township_slug, village_slug, category_slug, quantity, amount_fen, source_ref)
             SELECT 'offline_sale', r.occurred_on, r.period, $2::text, r.cooperative_id, r.township_slug, r.village_slug, r.category_slug, r.quantity, r.amount_fen,
                    'import:' || $2::text || ':' || r.reference
             FROM aid_import_rows r WHERE r.import_id = $1 ORDER BY r.line
             RETURNING 1)
           SELECT count(*)::int AS n FROM ins`,
          [id, imp.channel],
        );
        await q(
          em,
          `UPDATE aid_imports SET status = 'committed', entries_written = $2, committed_at = now(), committed_by = $3 WHERE id = $1`,
          [id, n, actorUserId],
        );
        const dto = await this.get(id, em);
        await recordAudit(em, {
          actorUserId,
          action: 'aid.import.commit',
          entity: 'aid_import',
          entityId: id,
          before: { status: imp.status },
          after: { status: dto.status, channel: dto.channel, fileName: dto.fileName, entriesWritten: n, amountFen: dto.amountFen, periods: dto.periods },
          ...origin,
        });
        return dto;
      });
    } catch (error) {
      // a period closed, or another import's rows landed, between the checks and the insert
      const e = error as { code?: string; message?: string };
      if (e.code === REFUSED_BY_TRIGGER && /closed/.test(e.message ?? '')) throw periodClosed([]);
      if (e.code === UNIQUE_VIOLATION) throw alreadyInLedger([]);
      throw error;
    }
  }

  /** Deletes an import that was not committed (and its file and staged rows), so a corrected file can be uploaded. */
  async discard(id: string, actorUserId: string, origin: AuditOrigin): Promise<void> {
    await this.db.transaction(async (em) => {
      const [imp] = await q<{ status: string; file_name: string; channel: string; sha256: string; rows_valid: number; problem_count: number }>(
        em,
        'SELECT status, file_name, channel, sha256, rows_valid, problem_count FROM aid_imports WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!imp) throw notFound(id);
      if (imp.status === 'committed' || imp.status === 'parsing' || imp.status === 'committing') {
        throw new ApiException(
          409,
          AidImportErrorCode.NotDiscardable,
          imp.status === 'parsing'
            ? `Import ${id} is still being checked; discard it when the check has finished.`
            : `Import ${id} is ${imp.status}: its entries are in the ledger; correct them with adjustments.`,
        );
      }
      await q(em, 'DELETE FROM aid_imports WHERE id = $1', [id]);
      await recordAudit(em, {
        actorUserId,
        action: 'aid.import.discard',
        entity: 'aid_import',
        entityId: id,
        before: { status: imp.status, fileName: imp.file_name, channel: imp.channel, sha256: imp.sha256, rowsValid: imp.rows_valid, problemCount: imp.problem_count },
        after: null,
        ...origin,
      });
    });
  }
}

function periodClosed(periods: string[]): ApiException {
  const which = periods.length ? `Rows fall in the closed period${periods.length > 1 ? 's' : ''} ${periods.join(', ')}` : 'A period of these rows was closed meanwhile';
  return new ApiException(409, ErrorCode.PeriodClosed, `${which}: nothing was written. Discard the import and upload the rows of open periods, or record an adjustment.`);
}

function alreadyInLedger(references: string[]): ApiException {
  const which = references.length ? `References already in the ledger for this channel: ${references.join(', ')}` : 'Some references reached the ledger meanwhile';
  return new ApiException(409, AidImportErrorCode.AlreadyInLedger, `${which}. Nothing was written; discard the import and upload the file without those rows.`);
}

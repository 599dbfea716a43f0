import { z } from 'zod';
import type { AidChannel } from './aid';

/**
 * Offline sales imports (DOMAIN.md: the exhibition centre and the Miao silver shop report their
 * monthly sales). A file is uploaded (CSV in UTF-8 or GBK, or XLSX), parsed and validated in the
 * background with progress, previewed, then committed all-or-nothing as `offline_sale` entries.
 */

/** Channels an import may report: the offline ones and institutional purchases. */
export const AidImportChannels = ['exhibition_centre', 'miao_silver_shop', 'institutional'] as const;
export type AidImportChannel = (typeof AidImportChannels)[number];

/**
 * The template's columns, in order; headers are accepted in Chinese or English.
 * date: YYYY-MM-DD (or an Excel date); amount: yuan with at most two decimals (e.g. 1280.50);
 * cooperative: the cooperative's slug or its unified social credit code; category: a category
 * slug or its Chinese name; product: optional free text; quantity: a positive whole number;
 * reference: the shop's own receipt or line number, unique within the channel.
 */
export const AidImportColumns = [
  { key: 'date', zh: '销售日期', en: 'date' },
  { key: 'cooperative', zh: '供货主体', en: 'cooperative' },
  { key: 'category', zh: '品类', en: 'category' },
  { key: 'product', zh: '商品', en: 'product' },
  { key: 'quantity', zh: '数量', en: 'quantity' },
  { key: 'amount', zh: '金额（元）', en: 'amount (yuan)' },
  { key: 'reference', zh: '单据号', en: 'reference' },
] as const;
export type AidImportColumnKey = (typeof AidImportColumns)[number]['key'];

/** Multipart fields of `POST /api/aid/imports` besides the `file` part. */
export const AidImportUploadSchema = z.strictObject({
  channel: z.enum(AidImportChannels, { error: `must be one of ${AidImportChannels.join(', ')}` }),
});

export const AidImportStatuses = ['parsing', 'invalid', 'ready', 'committing', 'committed', 'failed'] as const;
export type AidImportStatus = (typeof AidImportStatuses)[number];

/** A problem found in one cell or row: 1-based line of the file (the header is line 1). */
export interface AidImportProblem {
  line: number;
  /** the column's key, or null for a problem with the whole row or file */
  column: AidImportColumnKey | null;
  message: string;
}

export interface AidImportPreviewRow {
  line: number;
  occurredOn: string;
  cooperativeSlug: string;
  categorySlug: string | null;
  product: string | null;
  quantity: number;
  amountFen: number;
  reference: string;
}

/** `GET /api/aid/imports/:id`: the upload's state; poll it while `parsing` or `committing`. */
export interface AidImportDto {
  id: string;
  fileName: string;
  channel: AidChannel;
  /** sha-256 of the file's bytes: the same file twice is refused */
  sha256: string;
  /** 'utf-8', 'gb18030' or 'xlsx' */
  encoding: string | null;
  status: AidImportStatus;
  /** data rows found so far (without the header) and how many have been checked */
  rowsTotal: number;
  rowsProcessed: number;
  /** valid rows and their sum */
  rowsValid: number;
  amountFen: number;
  /** the periods the rows fall in */
  periods: string[];
  /** at most 500 problems; `problemCount` says how many there are in all */
  problems: AidImportProblem[];
  problemCount: number;
  /** the first 50 valid rows */
  preview: AidImportPreviewRow[];
  /** ledger entries written at commit */
  entriesWritten: number;
  createdAt: string;
  committedAt: string | null;
}

export type AidImportListItemDto = Omit<AidImportDto, 'problems' | 'preview'>;

/** The largest file `POST /api/aid/imports` takes (20 MiB); larger files are refused with 413. */
export const AID_IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/** File formats of the import template. */
export const AidImportTemplateFormats = ['csv', 'xlsx'] as const;
export type AidImportTemplateFormat = (typeof AidImportTemplateFormats)[number];

/** `GET /api/aid/imports/template?format=csv|xlsx` (CSV when omitted). */
export const AidImportTemplateQuerySchema = z.strictObject({
  format: z.enum(AidImportTemplateFormats, { error: `must be one of ${AidImportTemplateFormats.join(', ')}` }).default('csv'),
});
export type AidImportTemplateQuery = z.output<typeof AidImportTemplateQuerySchema>;

/** `:id` of the import routes. */
export const AidImportParamSchema = z.strictObject({ id: z.uuid({ error: 'must be a UUID' }) });

/** Error codes of the import routes, for the web to translate. */
export const AidImportErrorCode = {
  /** 404: no import with that id */
  NotFound: 'AID_IMPORT_NOT_FOUND',
  /** 413: the file is larger than AID_IMPORT_MAX_BYTES */
  FileTooLarge: 'AID_IMPORT_FILE_TOO_LARGE',
  /** 415: not a CSV text or an XLSX workbook (judged by the bytes, not the name) */
  UnsupportedFile: 'AID_IMPORT_UNSUPPORTED_FILE',
  /** 400: the file is empty */
  EmptyFile: 'AID_IMPORT_EMPTY_FILE',
  /** 409: the same bytes were uploaded before and that import has not failed; `importId` names it */
  DuplicateFile: 'AID_IMPORT_DUPLICATE_FILE',
  /** 409: commit asked of an import that is not `ready` (still parsing, invalid, committed, failed) */
  NotReady: 'AID_IMPORT_NOT_READY',
  /** 409: commit found references that are already in the ledger for the channel; nothing was written */
  AlreadyInLedger: 'AID_IMPORT_ALREADY_IN_LEDGER',
  /** 409: discard asked of an import that is committed or still being checked */
  NotDiscardable: 'AID_IMPORT_NOT_DISCARDABLE',
} as const;
export type AidImportErrorCode = (typeof AidImportErrorCode)[keyof typeof AidImportErrorCode];

/** The body of a 409 AID_IMPORT_DUPLICATE_FILE: the earlier import of the same file. */
export interface AidImportDuplicateResponse {
  statusCode: 409;
  code: typeof AidImportErrorCode.DuplicateFile;
  message: string;
  importId: string;
}

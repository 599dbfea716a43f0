import type { MultipartFile } from '@fastify/multipart';
import { ApiException, issuesToFields } from '@shanhai/api/platform';
import { AID_IMPORT_MAX_BYTES, AidImportErrorCode, AidImportUploadSchema, ErrorCode, type AidImportChannel } from '@shanhai/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { cleanFileName } from './import-file';

/** What `POST /api/aid/imports` received: the file's name and bytes and the checked fields. */
export interface ImportUpload {
  fileName: string;
  bytes: Buffer;
  channel: AidImportChannel;
}

const MIB = AID_IMPORT_MAX_BYTES / (1024 * 1024);

const invalid = (fields: Record<string, string[]>) =>
  new ApiException(
    400,
    ErrorCode.ValidationFailed,
    `Invalid request — ${Object.entries(fields)
      .map(([k, m]) => `${k}: ${m.join(', ')}`)
      .join('; ')}`,
    fields,
  );

/** Multipart errors of @fastify/multipart as this API's errors. */
function uploadError(error: unknown): unknown {
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new ApiException(
        413,
        AidImportErrorCode.FileTooLarge,
        `The file is larger than ${MIB} MiB. Split it into smaller files (for example one per month) and upload them one by one.`,
      );
    case 'FST_FILES_LIMIT':
      return invalid({ file: ['upload one file at a time'] });
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return invalid({ _: ['too many form fields: send a "file" part and a "channel" field'] });
    default:
      return error;
  }
}

/**
 * Reads the multipart form of an import: one `file` part of at most AID_IMPORT_MAX_BYTES and
 * a `channel` field, in any order. The whole file is read into memory (20 MiB at most): it is
 * stored as it came, hashed and checked by content.
 */
export async function readImportUpload(req: FastifyRequest): Promise<ImportUpload> {
  if (!req.isMultipart()) {
    throw new ApiException(415, AidImportErrorCode.UnsupportedFile, 'Send the file as multipart/form-data with a "file" part and a "channel" field.');
  }
  const fields: Record<string, string> = {};
  let file: { fileName: string; bytes: Buffer } | null = null;
  const extra: string[] = [];
  try {
    const parts = req.parts({ limits: { fileSize: AID_IMPORT_MAX_BYTES, files: 1, fields: 5, fieldSize: 1000, parts: 6 } });
    for await (const part of parts) {
      if (part.type === 'file') {
        const bytes = await (part as MultipartFile).toBuffer();
        if (part.fieldname === 'file') file = { fileName: cleanFileName(part.filename), bytes };
        else extra.push(part.fieldname);
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    throw uploadError(error);
  }
  const parsed = AidImportUploadSchema.safeParse(fields);
  const problems: Record<string, string[]> = parsed.success ? {} : issuesToFields(parsed.error.issues);
  if (!file) problems['file'] = ['is required: attach the CSV or XLSX file as the "file" part'];
  for (const name of extra) problems[name] = ['is not a known file part (send the file as "file")'];
  if (!parsed.success || Object.keys(problems).length || !file) throw invalid(problems);
  return { ...file, channel: parsed.data.channel };
}

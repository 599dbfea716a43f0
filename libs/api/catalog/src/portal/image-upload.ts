import { ApiException, q } from '@shanhai/api/platform';
import { PortalErrorCode } from '@shanhai/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { IMAGE_MAX_BYTES, ImageProblem, processImage, type ProcessedImage } from './image-processing';

/** Stores bytes as a media row and returns its id. */
export async function storeMedia(em: EntityManager, contentType: string, bytes: Buffer): Promise<string> {
  const [row] = await q<{ id: string }>(
    em,
    'INSERT INTO media (content_type, bytes, byte_size, sha256) VALUES ($1, $2, $3, $4) RETURNING id',
    [contentType, bytes, bytes.length, createHash('sha256').update(bytes).digest('hex')],
  );
  return row.id;
}

interface MultipartRequest {
  isMultipart?: () => boolean;
  file?: (options?: { limits?: { fileSize?: number; files?: number; fields?: number; parts?: number } }) => Promise<
    { toBuffer: () => Promise<Buffer> } | undefined
  >;
}

/** The one file of a multipart/form-data upload, refused with a clear message when missing or too large. */
export async function readUploadedFile(req: FastifyRequest, maxBytes = IMAGE_MAX_BYTES): Promise<Buffer> {
  const mp = req as unknown as MultipartRequest;
  if (!mp.isMultipart?.() || !mp.file) {
    throw new ApiException(415, PortalErrorCode.UnsupportedMediaType, 'Send the image as multipart/form-data with one file field.', {
      file: ['is required'],
    });
  }
  const tooLarge = () =>
    new ApiException(413, PortalErrorCode.FileTooLarge, `The file is larger than ${maxBytes / 1024 / 1024} MiB.`, {
      file: [`must be at most ${maxBytes / 1024 / 1024} MiB`],
    });
  let bytes: Buffer;
  try {
    const part = await mp.file({ limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 } });
    if (!part) throw new ApiException(400, PortalErrorCode.FileMissing, 'The upload holds no file.', { file: ['is required'] });
    bytes = await part.toBuffer();
  } catch (e) {
    if (e instanceof ApiException) throw e;
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw new ApiException(400, PortalErrorCode.FileMissing, 'The upload could not be read.', { file: ['could not be read'] });
  }
  if (!bytes.length) throw new ApiException(400, PortalErrorCode.FileMissing, 'The file is empty.', { file: ['is empty'] });
  return bytes;
}

/** processImage, with its refusals as API errors. */
export async function checkedImage(bytes: Buffer, maxEdge?: number): Promise<ProcessedImage> {
  try {
    return await processImage(bytes, maxEdge);
  } catch (e) {
    if (e instanceof ImageProblem) throw new ApiException(e.status, e.code, e.message, { file: [e.field] });
    throw e;
  }
}

import { PortalErrorCode } from '@shanhai/shared/contracts';
import sharp from 'sharp';

/** Why an upload was refused: the service turns it into a 4xx answer with a field message. */
export class ImageProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** Upload limits: a phone photo fits; anything bigger is refused before it is decoded. */
export const IMAGE_MAX_BYTES = 8 * 1024 * 1024;
/** 40 megapixels: a 50000×50000 "image bomb" declares 2,500 megapixels and is refused from its header. */
export const IMAGE_MAX_PIXELS = 40_000_000;
const DISPLAY_EDGE = 1600;
const THUMB_EDGE = 400;

export type ImageKind = 'image/jpeg' | 'image/png' | 'image/webp';

/** The type from the first bytes (the file name and the declared type are the sender's to invent). */
export function sniffImageType(bytes: Buffer): ImageKind | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

export interface ProcessedImage {
  display: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
}

/**
 * Checks an uploaded image and re-encodes it: the header's dimensions are read first and a
 * picture over IMAGE_MAX_PIXELS is refused without decoding it (sharp's limitInputPixels guards
 * the decode as well); the result is a WebP at most 1600 px and a 400 px thumbnail, rotated
 * upright and without the original's metadata (a phone photo's location stays private).
 */
export async function processImage(bytes: Buffer, maxEdge = DISPLAY_EDGE): Promise<ProcessedImage> {
  const kind = sniffImageType(bytes);
  if (!kind) {
    throw new ImageProblem(415, PortalErrorCode.UnsupportedMediaType, 'Only JPEG, PNG or WebP images are accepted (judged from the file’s content).', 'must be a JPEG, PNG or WebP image');
  }
  // a PNG's dimensions are read straight from its IHDR chunk, before any decoder sees the file
  let width = kind === 'image/png' && bytes.length >= 24 ? bytes.readUInt32BE(16) : 0;
  let height = kind === 'image/png' && bytes.length >= 24 ? bytes.readUInt32BE(20) : 0;
  if (width * height > IMAGE_MAX_PIXELS) throw tooManyPixels(width, height);
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    width = meta.width ?? 0;
    height = meta.height ?? 0;
  } catch {
    throw unreadable();
  }
  if (!width || !height) throw unreadable();
  if (width * height > IMAGE_MAX_PIXELS) throw tooManyPixels(width, height);
  try {
    const base = () => sharp(bytes, { limitInputPixels: IMAGE_MAX_PIXELS, failOn: 'error' }).rotate();
    const [display, thumb] = await Promise.all([
      base().resize(maxEdge, maxEdge, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 82 }).toBuffer(),
      base().resize(THUMB_EDGE, THUMB_EDGE, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 75 }).toBuffer(),
    ]);
    return { display, thumb, width, height };
  } catch {
    throw unreadable();
  }
}

const tooManyPixels = (width: number, height: number) =>
  new ImageProblem(
    422,
    PortalErrorCode.ImageTooManyPixels,
    `The image declares ${width}×${height} pixels; at most ${IMAGE_MAX_PIXELS / 1_000_000} megapixels are accepted.`,
    `must be at most ${IMAGE_MAX_PIXELS / 1_000_000} megapixels`,
  );

const unreadable = () =>
  new ImageProblem(422, PortalErrorCode.ImageUnreadable, 'The image could not be read: it is damaged or not what its first bytes say.', 'could not be read as an image');


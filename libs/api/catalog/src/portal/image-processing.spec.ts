import sharp from 'sharp';
import { deflateSync } from 'node:zlib';
import { IMAGE_MAX_PIXELS, processImage, sniffImageType } from './image-processing';

/** A CRC-32 as PNG chunks use it. */
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A tiny PNG whose header declares width × height: the classic decompression bomb's shape. */
export function pngDeclaring(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1000))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const photo = (w: number, h: number, format: 'jpeg' | 'png' | 'webp') =>
  sharp({ create: { width: w, height: h, channels: 3, background: { r: 120, g: 160, b: 90 } } })[format]().toBuffer();

describe('image uploads', () => {
  it('knows JPEG, PNG and WebP by their first bytes only', async () => {
    expect(sniffImageType(await photo(4, 4, 'jpeg'))).toBe('image/jpeg');
    expect(sniffImageType(await photo(4, 4, 'png'))).toBe('image/png');
    expect(sniffImageType(await photo(4, 4, 'webp'))).toBe('image/webp');
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(Buffer.from('GIF89a......'))).toBeNull();
    expect(sniffImageType(Buffer.from('%PDF-1.7'))).toBeNull();
  });

  it('makes a WebP of at most 1600 px and a 400 px thumbnail', async () => {
    const out = await processImage(await photo(3000, 1500, 'jpeg'));
    const [d, t] = await Promise.all([sharp(out.display).metadata(), sharp(out.thumb).metadata()]);
    expect([d.format, d.width, d.height]).toEqual(['webp', 1600, 800]);
    expect([t.format, t.width, t.height]).toEqual(['webp', 400, 200]);
    expect([out.width, out.height]).toEqual([3000, 1500]);
  });

  it('refuses a tiny PNG declaring 50000×50000 pixels from its header', async () => {
    const bomb = pngDeclaring(50_000, 50_000);
    expect(bomb.length).toBeLessThan(200);
    await expect(processImage(bomb)).rejects.toMatchObject({ status: 422, code: 'IMAGE_TOO_MANY_PIXELS', message: expect.stringContaining('50000×50000') });
    expect(50_000 * 50_000).toBeGreaterThan(IMAGE_MAX_PIXELS);
    // its header alone is enough: no decoder is asked, even when the data chunks are missing
    await expect(processImage(bomb.subarray(0, 33))).rejects.toMatchObject({ code: 'IMAGE_TOO_MANY_PIXELS' });
    // just under the limit is not refused for its size
    await expect(processImage(pngDeclaring(6000, 6000))).rejects.not.toMatchObject({ code: 'IMAGE_TOO_MANY_PIXELS' });
  });

  it('refuses what is not an image, and a damaged image, with a clear code', async () => {
    await expect(processImage(Buffer.from('<svg onload="alert(1)"/>'))).rejects.toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    const png = await photo(40, 40, 'png');
    await expect(processImage(png.subarray(0, 40))).rejects.toMatchObject({ status: 422, code: 'IMAGE_UNREADABLE' });
  });
});

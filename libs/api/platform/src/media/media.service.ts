import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@shanhai/shared/contracts';
import { DataSource } from 'typeorm';
import { ApiException } from '../http/api-exception';

export interface MediaFile {
  contentType: string;
  bytes: Buffer;
  sha256: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class MediaService {
  constructor(private readonly db: DataSource) {}

  async get(id: string): Promise<MediaFile> {
    const notFound = new ApiException(404, ErrorCode.MediaNotFound, `No media ${id}`);
    if (!UUID.test(id)) throw notFound;
    const rows: { content_type: string; bytes: Buffer; sha256: string }[] = await this.db.query(
      'SELECT content_type, bytes, sha256 FROM media WHERE id = $1',
      [id],
    );
    if (!rows.length) throw notFound;
    return { contentType: rows[0].content_type, bytes: rows[0].bytes, sha256: rows[0].sha256 };
  }
}

/** URL of a media item as the web sees it. */
export const mediaUrl = (id: string | null | undefined): string | null => (id ? `/media/${id}` : null);

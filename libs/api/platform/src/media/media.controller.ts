import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { MediaService } from './media.service';

@ApiExcludeController()
@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Get(':id')
  async get(@Param('id') id: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply) {
    const file = await this.media.get(id);
    const etag = `"${file.sha256}"`;
    // Media rows never change once written, so browsers may keep them for a year.
    void reply.header('etag', etag).header('cache-control', 'public, max-age=31536000, immutable');
    if (ifNoneMatch === etag) return reply.status(304).send();
    // An SVG opened directly must not run script.
    return reply
      .header('content-type', file.contentType)
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
      .header('x-content-type-options', 'nosniff')
      .send(file.bytes);
  }
}

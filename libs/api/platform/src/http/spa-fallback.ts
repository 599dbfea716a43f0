import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Serves the web app's index.html for client-side routes (GET of a page, not of /api or a file). */
export class SpaFallback {
  private constructor(private readonly html: string) {}

  static fromDist(webDist: string): SpaFallback | null {
    const file = path.resolve(webDist, 'index.html');
    return existsSync(file) ? new SpaFallback(readFileSync(file, 'utf8')) : null;
  }

  accepts(request: FastifyRequest): boolean {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const url = request.url;
    if (url.startsWith('/api') || url.startsWith('/media/')) return false;
    // a missing asset (/assets/x.js) is a real 404, not a page
    return !/\.[a-z0-9]{1,5}(\?|$)/i.test(url.split('?')[0]);
  }

  send(reply: FastifyReply): FastifyReply {
    return reply.status(200).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(this.html);
  }
}

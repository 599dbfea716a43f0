import type { FastifyInstance } from 'fastify';
import { ErrorCode, type ErrorResponse } from '@shanhai/shared/contracts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Paths that other sites call by design, authenticated by their own signature. */
const EXEMPT = ['/api/payments/stripe/webhook'];

/**
 * CSRF defence in depth next to SameSite cookies: a state-changing request that a browser
 * marks as coming from another site (Sec-Fetch-Site, or an Origin whose host differs) is refused.
 */
export function refuseCrossSiteWrites(app: FastifyInstance): void {
  app.addHook('onRequest', (req, reply, done) => {
    if (SAFE.has(req.method) || EXEMPT.some((p) => req.url.startsWith(p))) return done();
    const site = req.headers['sec-fetch-site'];
    const origin = req.headers['origin'];
    let crossSite = site === 'cross-site';
    if (!crossSite && origin && origin !== 'null') {
      try {
        crossSite = new URL(origin).host !== req.headers['host'];
      } catch {
        crossSite = true;
      }
    } else if (origin === 'null') {
      crossSite = true;
    }
    if (!crossSite) return done();
    const body: ErrorResponse = { statusCode: 403, code: ErrorCode.CrossSiteRequest, message: 'Cross-site requests may not change anything.' };
    void reply.status(403).send(body);
  });
}

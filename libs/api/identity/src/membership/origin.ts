import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiException, type AuditOrigin } from '@shanhai/api/platform';
import { PortalErrorCode } from '@shanhai/shared/contracts';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth-user';
import { clientIp } from '../cookies';

/** Where a write came from, for the audit log: `@Origin() origin: AuditOrigin`. */
export const Origin = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuditOrigin => {
  const req = ctx.switchToHttp().getRequest<FastifyRequest>();
  return { ip: clientIp(req), userAgent: req.headers['user-agent'] ?? null };
});

/** The cooperative a member acts for; every portal query is scoped to it. */
export function memberCooperativeId(user: AuthUser): string {
  if (user.role !== 'cooperative' || !user.cooperativeId) {
    throw new ApiException(403, PortalErrorCode.NotAMember, 'Your account acts for no cooperative.');
  }
  return user.cooperativeId;
}

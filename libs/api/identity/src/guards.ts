import {
  createParamDecorator,
  Injectable,
  SetMetadata,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiException } from '@shanhai/api/platform';
import { ErrorCode, type UserRole } from '@shanhai/shared/contracts';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from './auth-user';
import { sessionToken } from './cookies';
import { SessionsService } from './sessions.service';

const ROLES = 'shanhai:roles';
const OPTIONAL = 'shanhai:optional-auth';

/** Only these roles may call the handler (after being signed in). */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES, roles);
/** Signed in or not, the handler runs; `@CurrentUser()` may be undefined. */
export const OptionalAuth = () => SetMetadata(OPTIONAL, true);

/** The signed-in user, put on the request by AuthGuard. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser | undefined => ctx.switchToHttp().getRequest<FastifyRequest>().user,
);

/**
 * Resolves the session cookie on every guarded route: 401 when none (unless @OptionalAuth),
 * 403 when the role does not fit @Roles.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionsService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    const user = await this.sessions.resolve(sessionToken(req));
    if (user) req.user = user;
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (!user) {
      if (this.reflector.getAllAndOverride<boolean>(OPTIONAL, targets)) return true;
      throw new ApiException(401, ErrorCode.Unauthenticated, 'Sign in first.');
    }
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (roles?.length && !roles.includes(user.role)) {
      throw new ApiException(403, ErrorCode.Forbidden, 'Your account may not do this.');
    }
    return true;
  }
}

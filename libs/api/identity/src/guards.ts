import {
  applyDecorators,
  createParamDecorator,
  HttpException,
  Injectable,
  SetMetadata,
  UseInterceptors,
  type CallHandler,
  type CanActivate,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiException } from '@shanhai/api/platform';
import { ErrorCode, UserRoles, type UserRole } from '@shanhai/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { catchError, from, type Observable } from 'rxjs';
import type { AuthUser } from './auth-user';
import { sessionToken } from './cookies';
import { SessionsService } from './sessions.service';
import { plausibleToken, tokenHash } from './tokens';

const ROLES = 'shanhai:roles';
const OPTIONAL = 'shanhai:optional-auth';
const IN_HANDLER = 'shanhai:session-in-handler';

const unauthenticated = () => new ApiException(401, ErrorCode.Unauthenticated, 'Sign in first.');

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
 * 403 when the role does not fit @Roles. Under @SessionCheckedByHandler it only requires the
 * cookie, and the handler checks the session itself.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionsService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    const targets = [ctx.getHandler(), ctx.getClass()];
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    const everyRole = !roles?.length || UserRoles.every((r) => roles.includes(r));
    if (everyRole && this.reflector.getAllAndOverride<boolean>(IN_HANDLER, targets)) {
      if (plausibleToken(sessionToken(req))) return true;
      throw unauthenticated();
    }
    const user = await this.sessions.resolve(sessionToken(req));
    if (user) req.user = user;
    if (!user) {
      if (this.reflector.getAllAndOverride<boolean>(OPTIONAL, targets)) return true;
      throw unauthenticated();
    }
    if (roles?.length && !roles.includes(user.role)) {
      throw new ApiException(403, ErrorCode.Forbidden, 'Your account may not do this.');
    }
    return true;
  }
}

/**
 * Answers 401 in place of a 400 (a body the pipe refuses, a missing header: what is refused
 * before the handler reaches its own session check) when the session is not live, so a handler
 * that checks the session itself answers exactly as if the guard had looked it up first. Costs a
 * lookup on those errors only; what the handler refuses after its check (404, 409, …) passes.
 */
@Injectable()
export class SessionFirstInterceptor implements NestInterceptor {
  constructor(private readonly sessions: SessionsService) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    return next.handle().pipe(catchError((error: unknown) => from(this.rethrow(req, error))));
  }

  private async rethrow(req: FastifyRequest, error: unknown): Promise<never> {
    const refusedInput = error instanceof HttpException && error.getStatus() === 400;
    if (refusedInput && !req.user && !(await this.sessions.resolve(sessionToken(req)))) throw unauthenticated();
    throw error;
  }
}

/**
 * The handler checks the session itself, in its own first statement (checkout does it inside its
 * transaction, one round trip less per order): the guard only asks for a session cookie and puts
 * no user on the request; the handler reads `@SessionTokenHash()` and must answer 401 before
 * anything else when no live session has it (see `liveSession`). A request it would refuse with
 * 400 first still answers 401 for a session that is not live (SessionFirstInterceptor). Only on
 * routes open to every role; elsewhere the guard looks the session up as usual.
 */
export const SessionCheckedByHandler = () => applyDecorators(SetMetadata(IN_HANDLER, true), UseInterceptors(SessionFirstInterceptor));

/** The hash of the request's session token (the guard has made sure there is one). */
export const SessionTokenHash = createParamDecorator((_data: unknown, ctx: ExecutionContext): string => {
  const token = sessionToken(ctx.switchToHttp().getRequest<FastifyRequest>());
  if (!plausibleToken(token)) throw unauthenticated();
  return tokenHash(token);
});

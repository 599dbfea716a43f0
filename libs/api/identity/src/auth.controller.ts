import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@shanhai/api/platform';
import {
  LoginSchema,
  PasswordResetConfirmSchema,
  PasswordResetRequestSchema,
  RegisterSchema,
  type LoginRequest,
  type PasswordResetConfirm,
  type PasswordResetRequest,
  type RegisterRequest,
  type SessionResponse,
} from '@shanhai/shared/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from './auth-user';
import { AuthService, authUserToDto } from './auth.service';
import { clearSessionCookie, clientIp, setSessionCookie } from './cookies';
import { AuthGuard, CurrentUser, OptionalAuth } from './guards';
import { LoginHooks } from './login-hooks';

const meta = (req: FastifyRequest) => ({ ip: clientIp(req), userAgent: req.headers['user-agent'] });

@ApiTags('accounts')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly hooks: LoginHooks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('register')
  @ApiOperation({ summary: 'Create a consumer account and sign in (the guest cart follows)' })
  async register(
    @Body({ schema: RegisterSchema }) body: RegisterRequest,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    const { user, token } = await this.auth.register(body, meta(req));
    setSessionCookie(reply, token, this.config.cookieSecure);
    await this.hooks.run(user.id, req, reply);
    void reply.status(201);
    return { user };
  }

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; throttled per account and per IP' })
  async login(
    @Body({ schema: LoginSchema }) body: LoginRequest,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    const { user, token } = await this.auth.login(body, meta(req));
    setSessionCookie(reply, token, this.config.cookieSecure);
    await this.hooks.run(user.id, req, reply);
    return { user };
  }

  @Post('logout')
  @HttpCode(204)
  @UseGuards(AuthGuard)
  @OptionalAuth()
  @ApiOperation({ summary: 'Sign out: the session is revoked on the server' })
  async logout(@CurrentUser() user: AuthUser | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(user);
    clearSessionCookie(reply, this.config.cookieSecure);
  }

  @Get('me')
  @UseGuards(AuthGuard)
  @ApiOperation({ summary: 'The signed-in user' })
  me(@CurrentUser() user: AuthUser): SessionResponse {
    return { user: authUserToDto(user) };
  }

  @Post('password-reset')
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a reset link (answers the same whether or not the account exists)' })
  async requestReset(@Body({ schema: PasswordResetRequestSchema }) body: PasswordResetRequest, @Req() req: FastifyRequest): Promise<void> {
    await this.auth.requestReset(body.email, meta(req));
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the mailed token; signs out every session' })
  async confirmReset(@Body({ schema: PasswordResetConfirmSchema }) body: PasswordResetConfirm): Promise<void> {
    await this.auth.confirmReset(body);
  }
}

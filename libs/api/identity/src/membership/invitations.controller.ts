import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, type AuditOrigin } from '@shanhai/api/platform';
import {
  AcceptInvitationSchema,
  IdParamSchema,
  InvitationSchema,
  type AcceptInvitationRequest,
  type InvitationDto,
  type InvitationRequest,
  type MembersDto,
  type SessionResponse,
} from '@shanhai/shared/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth-user';
import { clientIp, setSessionCookie } from '../cookies';
import { AuthGuard, CurrentUser, OptionalAuth, Roles } from '../guards';
import { InvitationsService } from './invitations.service';
import { memberCooperativeId, Origin } from './origin';

@ApiTags('cooperative portal')
@Controller('api/invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('accept')
  @HttpCode(200)
  @UseGuards(AuthGuard)
  @OptionalAuth()
  @ApiOperation({ summary: 'Join a cooperative with a mailed invitation (signed in as that email, or as a new account)' })
  async accept(
    @CurrentUser() user: AuthUser | undefined,
    @Body({ schema: AcceptInvitationSchema }) body: AcceptInvitationRequest,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    const done = await this.invitations.accept(body, user, { ip: clientIp(req), userAgent: req.headers['user-agent'] });
    if (done.token) setSessionCookie(reply, done.token, this.config.cookieSecure);
    return { user: done.user };
  }
}

/** A cooperative's members invite others to act for the same cooperative. */
@ApiTags('cooperative portal')
@Controller('api/co')
@UseGuards(AuthGuard)
@Roles('cooperative')
export class CoMembersController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get('members')
  @ApiOperation({ summary: 'The members of my cooperative and its invitations' })
  members(@CurrentUser() user: AuthUser): Promise<MembersDto> {
    return this.invitations.members(memberCooperativeId(user));
  }

  @Post('invitations')
  @ApiOperation({ summary: 'Invite someone by email to act for my cooperative (mailed link, 7 days)' })
  invite(@CurrentUser() user: AuthUser, @Body({ schema: InvitationSchema }) body: InvitationRequest, @Origin() origin: AuditOrigin): Promise<InvitationDto> {
    return this.invitations.invite(memberCooperativeId(user), body.email, user.id, origin);
  }

  @Delete('invitations/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw an open invitation of my cooperative' })
  revoke(@CurrentUser() user: AuthUser, @Param({ schema: IdParamSchema }) params: { id: string }, @Origin() origin: AuditOrigin): Promise<void> {
    return this.invitations.revoke(memberCooperativeId(user), params.id, user.id, origin);
  }
}

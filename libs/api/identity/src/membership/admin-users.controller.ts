import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditOrigin } from '@shanhai/api/platform';
import {
  IdParamSchema,
  InvitationSchema,
  RoleChangeSchema,
  UserSearchSchema,
  type AdminUserDto,
  type InvitationDto,
  type InvitationRequest,
  type MembersDto,
  type RoleChangeRequest,
  type UserSearch,
} from '@shanhai/shared/contracts';
import type { AuthUser } from '../auth-user';
import { AuthGuard, CurrentUser, Roles } from '../guards';
import { AdminUsersService } from './admin-users.service';
import { InvitationsService } from './invitations.service';
import { Origin } from './origin';

@ApiTags('admin')
@Controller('api/admin')
@UseGuards(AuthGuard)
@Roles('admin')
export class AdminUsersController {
  constructor(
    private readonly users: AdminUsersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get('users')
  @ApiOperation({ summary: 'Find accounts by email or name and role (50 a page)' })
  search(@Query({ schema: UserSearchSchema }) query: UserSearch): Promise<AdminUserDto[]> {
    return this.users.search(query);
  }

  @Post('users/:id/role')
  @HttpCode(200)
  @ApiOperation({ summary: 'Make an account a consumer, an admin or a member of a cooperative (audited)' })
  changeRole(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: { id: string },
    @Body({ schema: RoleChangeSchema }) body: RoleChangeRequest,
    @Origin() origin: AuditOrigin,
  ): Promise<AdminUserDto> {
    return this.users.changeRole(params.id, body, user.id, origin);
  }

  @Get('cooperatives/:id/members')
  @ApiOperation({ summary: 'A cooperative’s members and invitations' })
  members(@Param({ schema: IdParamSchema }) params: { id: string }): Promise<MembersDto> {
    return this.invitations.members(params.id);
  }

  @Post('cooperatives/:id/invitations')
  @ApiOperation({ summary: 'Invite someone by email to act for a cooperative' })
  invite(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: { id: string },
    @Body({ schema: InvitationSchema }) body: InvitationRequest,
    @Origin() origin: AuditOrigin,
  ): Promise<InvitationDto> {
    return this.invitations.invite(params.id, body.email, user.id, origin);
  }
}

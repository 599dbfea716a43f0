import { Body, Controller, Get, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, CurrentUser, Origin, Roles, type AuthUser } from '@shanhai/api/identity';
import type { AuditOrigin } from '@shanhai/api/platform';
import {
  CooperativeApplicationSchema,
  type CooperativeApplicationDto,
  type CooperativeApplicationRequest,
} from '@shanhai/shared/contracts';
import { CooperativeApplicationsService } from './cooperative-applications.service';

@ApiTags('cooperative portal')
@Controller('api/cooperative-applications')
@UseGuards(AuthGuard)
@Roles('consumer')
export class CooperativeApplicationsController {
  constructor(private readonly applications: CooperativeApplicationsService) {}

  @Post()
  @ApiOperation({ summary: 'Apply for a cooperative to sell here (reviewed by an admin)' })
  apply(
    @CurrentUser() user: AuthUser,
    @Body({ schema: CooperativeApplicationSchema }) body: CooperativeApplicationRequest,
    @Origin() origin: AuditOrigin,
  ): Promise<CooperativeApplicationDto> {
    return this.applications.apply(user.id, body, origin);
  }

  @Get('mine')
  @Roles('consumer', 'cooperative')
  @ApiOperation({ summary: 'My applications and what was decided' })
  mine(@CurrentUser() user: AuthUser): Promise<CooperativeApplicationDto[]> {
    return this.applications.mine(user.id);
  }
}

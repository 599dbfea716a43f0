import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, CurrentUser, Origin, Roles, type AuthUser } from '@shanhai/api/identity';
import type { AuditOrigin } from '@shanhai/api/platform';
import {
  CommissionSchema,
  CooperativeQueueQuerySchema,
  IdParamSchema,
  ReasonSchema,
  type CommissionRequest,
  type CooperativeApplicationDto,
  type CooperativeQueueQuery,
  type ReasonRequest,
} from '@shanhai/shared/contracts';
import { AdminCooperativesService } from './admin-cooperatives.service';

type Id = { id: string };

@ApiTags('admin')
@Controller('api/admin/cooperatives')
@UseGuards(AuthGuard)
@Roles('admin')
export class AdminCooperativesController {
  constructor(private readonly cooperatives: AdminCooperativesService) {}

  @Get()
  @ApiOperation({ summary: 'Sellers by status: the application queue is ?status=pending' })
  queue(@Query({ schema: CooperativeQueueQuerySchema }) query: CooperativeQueueQuery): Promise<CooperativeApplicationDto[]> {
    return this.cooperatives.queue(query.status);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A seller with contact, benefit mechanisms and linked households (counts)' })
  get(@Param({ schema: IdParamSchema }) params: Id): Promise<CooperativeApplicationDto> {
    return this.cooperatives.get(params.id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve an application; the applicant becomes its first member' })
  approve(@CurrentUser() user: AuthUser, @Param({ schema: IdParamSchema }) params: Id, @Origin() origin: AuditOrigin): Promise<CooperativeApplicationDto> {
    return this.cooperatives.act(params.id, 'approve', null, user.id, origin);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject an application, with the reason the applicant will read' })
  reject(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: Id,
    @Body({ schema: ReasonSchema }) body: ReasonRequest,
    @Origin() origin: AuditOrigin,
  ): Promise<CooperativeApplicationDto> {
    return this.cooperatives.act(params.id, 'reject', body.reason, user.id, origin);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Suspend an approved seller: its goods leave the storefront' })
  suspend(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: Id,
    @Body({ schema: ReasonSchema }) body: ReasonRequest,
    @Origin() origin: AuditOrigin,
  ): Promise<CooperativeApplicationDto> {
    return this.cooperatives.act(params.id, 'suspend', body.reason, user.id, origin);
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reinstate a suspended seller' })
  reinstate(@CurrentUser() user: AuthUser, @Param({ schema: IdParamSchema }) params: Id, @Origin() origin: AuditOrigin): Promise<CooperativeApplicationDto> {
    return this.cooperatives.act(params.id, 'reinstate', null, user.id, origin);
  }

  @Post(':id/commission')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set the platform’s commission in basis points (500 = 5 %), from now on' })
  commission(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: Id,
    @Body({ schema: CommissionSchema }) body: CommissionRequest,
    @Origin() origin: AuditOrigin,
  ): Promise<CooperativeApplicationDto> {
    return this.cooperatives.setCommission(params.id, body.commissionBps, user.id, origin);
  }
}

import { Body, Controller, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, clientIp, CurrentUser, Roles, type AuthUser } from '@shanhai/api/identity';
import type { AuditOrigin } from '@shanhai/api/platform';
import {
  AidAdjustmentSchema,
  AidPeriodParamSchema,
  type AidAdjustmentDto,
  type AidAdjustmentRequest,
  type AidPeriodDto,
} from '@shanhai/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { AidPeriodsService } from './aid-periods.service';

export const auditOrigin = (req: FastifyRequest): AuditOrigin => ({ ip: clientIp(req), userAgent: req.headers['user-agent'] ?? null });

@ApiTags('aid')
@Controller('api/aid')
@UseGuards(AuthGuard)
@Roles('admin')
export class AidPeriodsController {
  constructor(private readonly periods: AidPeriodsService) {}

  @Get('periods')
  @ApiOperation({ summary: 'The closed accounting months, latest first' })
  list(): Promise<AidPeriodDto[]> {
    return this.periods.list();
  }

  @Post('periods/:period/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a month that has ended: nothing more is written into it (audited)' })
  close(@CurrentUser() user: AuthUser, @Param({ schema: AidPeriodParamSchema }) params: { period: string }, @Req() req: FastifyRequest): Promise<AidPeriodDto> {
    return this.periods.close(params.period, user.id, auditOrigin(req));
  }

  @Post('adjustments')
  @ApiOperation({ summary: 'Record a correction in the open period, with its reason (audited)' })
  adjust(@CurrentUser() user: AuthUser, @Body({ schema: AidAdjustmentSchema }) body: AidAdjustmentRequest, @Req() req: FastifyRequest): Promise<AidAdjustmentDto> {
    return this.periods.adjust(body, user.id, auditOrigin(req));
  }
}

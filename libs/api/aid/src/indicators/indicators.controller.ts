import { Body, Controller, Get, Param, Patch, Post, Req, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, CurrentUser, Roles, type AuthUser } from '@shanhai/api/identity';
import {
  IdParamSchema,
  IndicatorCreateSchema,
  IndicatorPatchSchema,
  type AdminIndicatorDto,
  type IndicatorCreateRequest,
  type IndicatorPatchRequest,
} from '@shanhai/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { auditOrigin } from '../periods/aid-periods.controller';
import { IndicatorsService } from './indicators.service';

@ApiTags('aid')
@Controller('api/aid/indicators')
@UseGuards(AuthGuard)
@Roles('admin')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get()
  @ApiOperation({ summary: 'Every reported figure and target, with its id and kind' })
  list(): Promise<AdminIndicatorDto[]> {
    return this.indicators.list();
  }

  @Post()
  @ApiOperation({ summary: 'Add a later reported figure or a target; its key is unique (audited)' })
  create(@CurrentUser() user: AuthUser, @Body({ schema: IndicatorCreateSchema }) body: IndicatorCreateRequest, @Req() req: FastifyRequest): Promise<AdminIndicatorDto> {
    return this.indicators.create(body, user.id, auditOrigin(req));
  }

  @Patch(':id')
  @ApiOperation({ summary: "Correct a figure's value, period or source; the ledger's opening balance keeps its value (audited)" })
  update(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: { id: string },
    @Body({ schema: IndicatorPatchSchema }) body: IndicatorPatchRequest,
    @Req() req: FastifyRequest,
  ): Promise<AdminIndicatorDto> {
    return this.indicators.update(params.id, body, user.id, auditOrigin(req));
  }
}

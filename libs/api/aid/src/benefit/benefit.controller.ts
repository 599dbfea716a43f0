import { Body, Controller, Get, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, CurrentUser, Roles, type AuthUser } from '@shanhai/api/identity';
import {
  BenefitPayoutSchema,
  BenefitQuerySchema,
  HouseholdListQuerySchema,
  HouseholdSchema,
  type BenefitPayoutDto,
  type BenefitPayoutRequest,
  type BenefitQuery,
  type BenefitSummaryDto,
  type HouseholdDto,
  type HouseholdListQuery,
  type HouseholdRequest,
  type HouseholdsPageDto,
} from '@shanhai/shared/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { auditOrigin } from '../periods/aid-periods.controller';
import { BenefitService } from './benefit.service';
import { HouseholdsService } from './households.service';

/** Households (pseudonymous codes) and what benefit mechanisms paid them: admins only. */
@ApiTags('aid')
@Controller('api/aid')
@UseGuards(AuthGuard)
@Roles('admin')
export class BenefitController {
  constructor(
    private readonly households: HouseholdsService,
    private readonly benefit: BenefitService,
  ) {}

  @Post('households')
  @ApiOperation({ summary: 'Create a household by its pseudonymous code (201), or update it (200); audited' })
  async upsertHousehold(
    @CurrentUser() user: AuthUser,
    @Body({ schema: HouseholdSchema }) body: HouseholdRequest,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HouseholdDto> {
    const result = await this.households.upsert(body, user.id, auditOrigin(req));
    void reply.status(result.created ? 201 : 200);
    return result.household;
  }

  @Get('households')
  @ApiOperation({ summary: "A cooperative's (or every) household, by code, a page at a time" })
  listHouseholds(@Query({ schema: HouseholdListQuerySchema }) query: HouseholdListQuery): Promise<HouseholdsPageDto> {
    return this.households.list(query);
  }

  @Post('benefit/payouts')
  @ApiOperation({ summary: "What a mechanism paid in a year (201), or a corrected figure for that year (200); audited" })
  async recordPayout(
    @CurrentUser() user: AuthUser,
    @Body({ schema: BenefitPayoutSchema }) body: BenefitPayoutRequest,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BenefitPayoutDto> {
    const result = await this.benefit.recordPayout(body, user.id, auditOrigin(req));
    void reply.status(result.created ? 201 : 200);
    return result.payout;
  }

  @Get('benefit')
  @ApiOperation({ summary: 'Households and persons linked; per cooperative, mechanism and year: paid and per person' })
  summary(@Query({ schema: BenefitQuerySchema }) query: BenefitQuery): Promise<BenefitSummaryDto> {
    return this.benefit.summary(query.year);
  }
}

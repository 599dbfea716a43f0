import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, CurrentUser, Origin, Roles, type AuthUser } from '@shanhai/api/identity';
import type { AuditOrigin } from '@shanhai/api/platform';
import {
  AdminOrderSearchSchema,
  FullRefundSchema,
  IdParamSchema,
  type AdminOrderDetailDto,
  type AdminOrderListDto,
  type AdminOrderSearch,
  type FullRefundRequest,
} from '@shanhai/shared/contracts';
import { AdminOrdersService } from './admin-orders.service';

/** The console's orders: search, detail with history, full refund (per-line refunds and payments: AdminPaymentsController). */
@ApiTags('admin')
@Controller('api/admin/orders')
@UseGuards(AuthGuard)
@Roles('admin')
export class AdminOrdersController {
  constructor(private readonly orders: AdminOrdersService) {}

  @Get()
  @ApiOperation({ summary: 'Find orders by number, phone, status, cooperative and date' })
  search(@Query({ schema: AdminOrderSearchSchema }) query: AdminOrderSearch): Promise<AdminOrderListDto> {
    return this.orders.search(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An order with shipments, lines, history, customer and refunds' })
  detail(@Param({ schema: IdParamSchema }) params: { id: string }): Promise<AdminOrderDetailDto> {
    return this.orders.detail(params.id);
  }

  @Post(':id/refund')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refund the whole order, with a reason (audited)' })
  refund(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: { id: string },
    @Body({ schema: FullRefundSchema }) body: FullRefundRequest,
    @Origin() origin: AuditOrigin,
  ): Promise<AdminOrderDetailDto> {
    return this.orders.refundInFull(params.id, body.reason, user.id, origin);
  }
}

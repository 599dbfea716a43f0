import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, CurrentUser, Roles, type AuthUser } from '@shanhai/api/identity';
import {
  IdParamSchema,
  OrderLineParamSchema,
  RecordPaymentSchema,
  RefundLineSchema,
  type OrderDto,
  type RefundLineRequest,
} from '@shanhai/shared/contracts';
import { DataSource } from 'typeorm';
import { OrdersService } from '../orders/orders.service';
import { PaymentsService } from './payments.service';

@ApiTags('admin')
@Controller('api/admin/orders')
@UseGuards(AuthGuard)
@Roles('admin')
export class AdminPaymentsController {
  constructor(
    private readonly db: DataSource,
    private readonly payments: PaymentsService,
    private readonly orders: OrdersService,
  ) {}

  @Post(':id/payments')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record an offline payment (bank transfer, cash on delivery) for the whole order' })
  async record(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: { id: string },
    @Body({ schema: RecordPaymentSchema }) body: { reference: string; amountFen: number },
  ): Promise<OrderDto> {
    await this.db.transaction((em) => this.payments.recordPaid(em, params.id, body.amountFen, `offline:${body.reference}`, user.id));
    return this.orders.get(params.id, null);
  }

  @Post(':id/lines/:lineId/refunds')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refund part or all of one line through the payment provider (never more than its unrefunded amount)' })
  async refundLine(
    @CurrentUser() user: AuthUser,
    @Param({ schema: OrderLineParamSchema }) params: { id: string; lineId: string },
    @Body({ schema: RefundLineSchema }) body: RefundLineRequest,
  ): Promise<OrderDto> {
    await this.payments.refundLine(params.id, params.lineId, body.amountFen, body.reason, user.id);
    return this.orders.get(params.id, null);
  }
}

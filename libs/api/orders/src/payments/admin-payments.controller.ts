import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, CurrentUser, Origin, Roles, type AuthUser } from '@shanhai/api/identity';
import { recordAudit, type AuditOrigin } from '@shanhai/api/platform';
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
    @Origin() origin: AuditOrigin,
  ): Promise<OrderDto> {
    await this.db.transaction(async (em) => {
      const [before]: { status: string; paid_fen: string }[] = await em.query('SELECT status, paid_fen FROM orders WHERE id = $1', [params.id]);
      await this.payments.recordPaid(em, params.id, body.amountFen, `offline:${body.reference}`, user.id);
      const [after]: { status: string; paid_fen: string }[] = await em.query('SELECT status, paid_fen FROM orders WHERE id = $1', [params.id]);
      await recordAudit(em, {
        actorUserId: user.id,
        action: 'order.payment.record',
        entity: 'order',
        entityId: params.id,
        before: before ? { status: before.status, paidFen: Number(before.paid_fen) } : null,
        after: after ? { status: after.status, paidFen: Number(after.paid_fen), reference: body.reference } : null,
        ...origin,
      });
    });
    return this.orders.get(params.id, null);
  }

  @Post(':id/lines/:lineId/refunds')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refund part or all of one line through the payment provider (never more than its unrefunded amount)' })
  async refundLine(
    @CurrentUser() user: AuthUser,
    @Param({ schema: OrderLineParamSchema }) params: { id: string; lineId: string },
    @Body({ schema: RefundLineSchema }) body: RefundLineRequest,
    @Origin() origin: AuditOrigin,
  ): Promise<OrderDto> {
    await this.payments.refundLine(params.id, params.lineId, body.amountFen, body.reason, user.id, origin);
    return this.orders.get(params.id, null);
  }
}

import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, CurrentUser, Roles, SessionCheckedByHandler, SessionTokenHash, type AuthUser } from '@shanhai/api/identity';
import { ApiException, issuesToFields } from '@shanhai/api/platform';
import {
  CreateOrderSchema,
  ErrorCode,
  IdempotencyKeySchema,
  IdParamSchema,
  type CreateOrderRequest,
  type OrderDto,
  type OrderSummaryDto,
} from '@shanhai/shared/contracts';
import type { FastifyReply } from 'fastify';
import { CheckoutService } from '../checkout/checkout.service';
import { OrdersService } from './orders.service';

@ApiTags('orders')
@Controller('api/orders')
@UseGuards(AuthGuard)
@Roles('consumer', 'admin', 'cooperative')
export class OrdersController {
  constructor(
    private readonly checkout: CheckoutService,
    private readonly orders: OrdersService,
  ) {}

  @Post()
  @SessionCheckedByHandler()
  @ApiOperation({ summary: 'Place an order; the same Idempotency-Key returns the same order' })
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'one per checkout attempt, reused on retry' })
  async place(
    @SessionTokenHash() session: string,
    @Headers('idempotency-key') key: string | undefined,
    @Body({ schema: CreateOrderSchema }) body: CreateOrderRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderDto> {
    if (!key) throw new ApiException(400, ErrorCode.IdempotencyKeyRequired, 'Send an Idempotency-Key header with every order.');
    const parsed = IdempotencyKeySchema.safeParse(key);
    if (!parsed.success) {
      throw new ApiException(400, ErrorCode.IdempotencyKeyRequired, parsed.error.issues[0].message, {
        'Idempotency-Key': Object.values(issuesToFields(parsed.error.issues)).flat(),
      });
    }
    const placed = await this.checkout.place(session, parsed.data, body);
    void reply.status(placed.created ? 201 : 200);
    return placed.order;
  }

  @Get()
  @ApiOperation({ summary: 'My orders, newest first' })
  list(@CurrentUser() user: AuthUser): Promise<OrderSummaryDto[]> {
    return this.orders.list(user.id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of my orders with its shipments and timeline' })
  get(@CurrentUser() user: AuthUser, @Param({ schema: IdParamSchema }) params: { id: string }): Promise<OrderDto> {
    return this.orders.get(params.id, user.id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel before anything ships: stock is released and payments refunded' })
  async cancel(@CurrentUser() user: AuthUser, @Param({ schema: IdParamSchema }) params: { id: string }): Promise<OrderDto> {
    await this.orders.cancel(params.id, user.id);
    return this.orders.get(params.id, user.id);
  }
}

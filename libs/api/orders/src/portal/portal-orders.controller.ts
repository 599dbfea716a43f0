import { Controller, Get, Header, Param, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthGuard, CurrentUser, memberCooperativeId, Roles, type AuthUser } from '@shanhai/api/identity';
import {
  IdParamSchema,
  PayoutQuerySchema,
  PortalExportQuerySchema,
  PortalOrderQuerySchema,
  type PayoutQuery,
  type PayoutsDto,
  type PickListDto,
  type PortalExportQuery,
  type PortalFulfilmentDto,
  type PortalHomeDto,
  type PortalOrderListDto,
  type PortalOrderQuery,
} from '@shanhai/shared/contracts';
import { PayoutsService } from './payouts.service';
import { PortalOrdersService } from './portal-orders.service';

/**
 * The cooperative portal's orders and money (/co). Shipping itself is POST /api/fulfilments/:id/ship.
 * A member sees only their own cooperative's shipments and payouts.
 */
@ApiTags('cooperative portal')
@Controller('api/co')
@UseGuards(AuthGuard)
@Roles('cooperative')
export class PortalOrdersController {
  constructor(
    private readonly orders: PortalOrdersService,
    private readonly payouts: PayoutsService,
  ) {}

  @Get('home')
  @ApiOperation({ summary: 'What needs doing: to ship, low stock, expiring certificates, reviews, this month’s sales' })
  home(@CurrentUser() user: AuthUser): Promise<PortalHomeDto> {
    return this.payouts.home(memberCooperativeId(user));
  }

  @Get('orders')
  @ApiOperation({ summary: 'My cooperative’s shipments, newest first (?status=to_ship for what to send)' })
  list(@CurrentUser() user: AuthUser, @Query({ schema: PortalOrderQuerySchema }) query: PortalOrderQuery): Promise<PortalOrderListDto> {
    return this.orders.list(memberCooperativeId(user), query);
  }

  @Get('orders/pick-list')
  @ApiOperation({ summary: 'The pick-and-pack list of everything waiting to ship' })
  pickList(@CurrentUser() user: AuthUser): Promise<PickListDto> {
    return this.orders.pickList(memberCooperativeId(user));
  }

  @Get('orders/export.csv')
  @ApiProduces('text/csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="orders.csv"')
  @ApiOperation({ summary: 'My cooperative’s order lines as CSV (?from=&to= dates, China time)' })
  exportCsv(@CurrentUser() user: AuthUser, @Query({ schema: PortalExportQuerySchema }) query: PortalExportQuery): Promise<string> {
    return this.orders.csv(memberCooperativeId(user), query);
  }

  @Get('orders/:id')
  @ApiOperation({ summary: 'One of my cooperative’s shipments, with the address once it is paid' })
  get(@CurrentUser() user: AuthUser, @Param({ schema: IdParamSchema }) params: { id: string }): Promise<PortalFulfilmentDto> {
    return this.orders.get(memberCooperativeId(user), params.id);
  }

  @Get('payouts')
  @ApiOperation({ summary: 'Per month: sales + shipping − commission − refunds (last 12 months unless ?from=&to=)' })
  payoutsByMonth(@CurrentUser() user: AuthUser, @Query({ schema: PayoutQuerySchema }) query: PayoutQuery): Promise<PayoutsDto> {
    return this.payouts.payouts(memberCooperativeId(user), query);
  }
}

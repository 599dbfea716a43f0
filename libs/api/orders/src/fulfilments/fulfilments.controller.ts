import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, CurrentUser, Origin, Roles, type AuthUser } from '@shanhai/api/identity';
import { ApiException, type AuditOrigin } from '@shanhai/api/platform';
import { ErrorCode, IdParamSchema, ShipFulfilmentSchema, type ShipFulfilmentRequest } from '@shanhai/shared/contracts';
import { FulfilmentsService } from './fulfilments.service';

/** The cooperative a member acts for (the database requires one for the role). */
function memberOf(user: AuthUser): string {
  if (!user.cooperativeId) throw new ApiException(403, ErrorCode.Forbidden, 'Your account belongs to no cooperative.');
  return user.cooperativeId;
}

/** A cooperative's member ships and delivers their own cooperative's shipments only. */
@ApiTags('fulfilment')
@Controller('api/fulfilments')
@UseGuards(AuthGuard)
@Roles('cooperative')
export class FulfilmentsController {
  constructor(private readonly fulfilments: FulfilmentsService) {}

  @Post(':id/ship')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark my cooperative’s shipment shipped, with carrier and tracking number' })
  async ship(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: { id: string },
    @Body({ schema: ShipFulfilmentSchema }) body: ShipFulfilmentRequest,
    @Origin() origin: AuditOrigin,
  ): Promise<{ orderId: string }> {
    return { orderId: await this.fulfilments.ship(params.id, memberOf(user), user.id, body, origin) };
  }

  @Post(':id/deliver')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark my cooperative’s shipment delivered' })
  async deliver(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: { id: string },
    @Origin() origin: AuditOrigin,
  ): Promise<{ orderId: string }> {
    return { orderId: await this.fulfilments.deliver(params.id, memberOf(user), user.id, origin) };
  }
}

import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PaymentMethodsDto } from '@shanhai/shared/contracts';
import { PaymentsService } from './payments.service';

@ApiTags('payments')
@Controller('api/payments/methods')
export class PaymentMethodsController {
  constructor(private readonly payments: PaymentsService) {}

  @Get()
  @ApiOperation({ summary: 'The ways to pay this installation offers (offline always; Stripe when configured)' })
  methods(): PaymentMethodsDto {
    return this.payments.methods();
  }
}

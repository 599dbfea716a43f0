import { Controller, Headers, HttpCode, Post, RawBody } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiException } from '@shanhai/api/platform';
import { STRIPE_WEBHOOK_PATH } from './payment-provider';
import { StripeWebhookService } from './stripe-webhook.service';

/**
 * Stripe's events. No session: the request is authenticated by its signature, checked on the
 * exact bytes received (create-app keeps the raw body for this path only).
 */
@ApiTags('payments')
@Controller()
export class StripeWebhookController {
  constructor(private readonly webhook: StripeWebhookService) {}

  @Post(STRIPE_WEBHOOK_PATH)
  @HttpCode(200)
  @ApiOperation({ summary: 'Stripe events (signed by Stripe; not for browsers)' })
  async receive(
    @RawBody() rawBody: Buffer | undefined,
    @Headers('stripe-signature') signature: string | undefined,
  ): Promise<{ received: true; duplicate: boolean }> {
    if (!Buffer.isBuffer(rawBody)) throw new ApiException(400, 'WEBHOOK_SIGNATURE_INVALID', 'Send the event as application/json.');
    const { duplicate } = await this.webhook.handle(rawBody, signature);
    return { received: true, duplicate };
  }
}

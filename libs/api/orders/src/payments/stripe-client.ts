import type { StripeConfig } from '@shanhai/api/platform';
import Stripe from 'stripe';

/**
 * The one Stripe SDK client of a process. `config.api` (STRIPE_API_HOST/PORT/PROTOCOL) is set
 * only by tests, to reach a local fake of Stripe's API; in production the SDK's defaults apply.
 * Every call the API makes passes an idempotency key, so the SDK's own retry is safe.
 */
export function createStripeClient(config: StripeConfig): Stripe {
  return new Stripe(config.secretKey, {
    maxNetworkRetries: 1,
    // a checkout must not hang on Stripe: a failed create is retried by the next read of the order
    timeout: 10_000,
    telemetry: false,
    appInfo: { name: 'shanhai-market' },
    ...(config.api.host ? { host: config.api.host } : {}),
    ...(config.api.port ? { port: config.api.port } : {}),
    ...(config.api.protocol ? { protocol: config.api.protocol } : {}),
  });
}

import type { LocalizedText, PaymentMethod } from '@shanhai/shared/contracts';

export interface CreatedPayment {
  providerRef: string | null;
  clientSecret: string | null;
  instructions: LocalizedText | null;
}

export interface WebhookOutcome {
  eventId: string;
  kind: 'succeeded' | 'failed' | 'canceled' | 'refunded' | 'ignored';
  providerRef: string | null;
  amountFen: number;
}

/** What every way of paying offers the order flow. */
export interface PaymentProvider {
  readonly method: PaymentMethod;
  createPayment(orderId: string, amountFen: number): Promise<CreatedPayment>;
  /** Verifies and reads a provider's notification; throws on a bad signature. */
  handleWebhook(rawBody: Buffer, signature: string | undefined): Promise<WebhookOutcome>;
  /** Returns money; an offline payment's refund is done by hand and recorded as such. */
  refund(providerRef: string | null, amountFen: number, idempotencyKey: string): Promise<{ providerRef: string | null; manual: boolean }>;
}

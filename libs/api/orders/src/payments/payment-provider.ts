import type { LocalizedText, PaymentMethod } from '@shanhai/shared/contracts';

/** Where Stripe posts its events; verified by signature, so exempt from the cross-site guard. */
export const STRIPE_WEBHOOK_PATH = '/api/payments/stripe/webhook';

/** What a provider needs to know of the order it takes money for; the amount is the server's total. */
export interface PaymentOrder {
  id: string;
  number: string;
  amountFen: number;
}

export interface CreatedPayment {
  providerRef: string | null;
  clientSecret: string | null;
  instructions: LocalizedText | null;
}

/** A provider's notification, verified and read. */
export interface WebhookOutcome {
  eventId: string;
  /** the provider's own event type, e.g. payment_intent.succeeded */
  type: string;
  kind: 'succeeded' | 'failed' | 'canceled' | 'refunded' | 'ignored';
  /** the provider's payment (Stripe: the PaymentIntent id) */
  providerRef: string | null;
  /** the order id the payment was created with (Stripe: metadata.order_id) */
  orderId: string | null;
  /** succeeded: received; refunded: the charge's captured amount */
  amountFen: number;
  /** refunded: everything the provider has refunded on this payment so far */
  refundedFen: number;
}

/** What every way of paying offers the order flow. */
export interface PaymentProvider {
  readonly method: PaymentMethod;
  /** true when money goes back by hand (offline): refunds are recorded as pending_manual */
  readonly manualRefunds: boolean;
  /** The publishable key the browser needs, if any. */
  readonly publishableKey: string | null;
  /** Called after the order's transaction committed, never inside one. */
  createPayment(order: PaymentOrder): Promise<CreatedPayment>;
  /** Verifies and reads a provider's notification; throws on a bad signature. */
  handleWebhook(rawBody: Buffer, signature: string | undefined): Promise<WebhookOutcome>;
  /** Returns money; an offline payment's refund is done by hand and recorded as such. */
  refund(providerRef: string | null, amountFen: number, idempotencyKey: string): Promise<{ providerRef: string | null; manual: boolean }>;
  /** Closes a payment that may no longer be paid (the order expired or was cancelled). */
  cancelPayment(providerRef: string, idempotencyKey: string): Promise<void>;
}

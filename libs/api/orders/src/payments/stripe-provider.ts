import type { StripeConfig } from '@shanhai/api/platform';
import type Stripe from 'stripe';
import { createStripeClient } from './stripe-client';
import type { CreatedPayment, PaymentOrder, PaymentProvider, WebhookOutcome } from './payment-provider';

/** CNY's smallest unit is the fen, so Stripe's amount is the order's total in fen as it is. */
const CURRENCY = 'cny';
const METHODS: Stripe.PaymentIntentCreateParams.AllowedPaymentMethodType[] = ['card', 'alipay', 'wechat_pay'];

export class WebhookSignatureError extends Error {}

const KINDS: Record<string, WebhookOutcome['kind']> = {
  'payment_intent.succeeded': 'succeeded',
  'payment_intent.payment_failed': 'failed',
  'payment_intent.canceled': 'canceled',
  'charge.refunded': 'refunded',
};

const idOf = (v: string | { id: string } | null | undefined): string | null => (typeof v === 'string' ? v : (v?.id ?? null));

/**
 * Stripe PaymentIntents in CNY offering card, Alipay and WeChat Pay. Every call carries an
 * idempotency key chosen by the caller, so a retry after a lost response never pays or refunds twice.
 */
export class StripePaymentProvider implements PaymentProvider {
  readonly method = 'stripe' as const;
  readonly manualRefunds = false;
  readonly publishableKey: string;
  private readonly stripe: Stripe;

  constructor(private readonly config: StripeConfig) {
    this.stripe = createStripeClient(config);
    this.publishableKey = config.publishableKey;
  }

  async createPayment(order: PaymentOrder): Promise<CreatedPayment> {
    const intent = await this.stripe.paymentIntents.create(
      {
        amount: order.amountFen,
        currency: CURRENCY,
        // API 2026-10-28 (this SDK) names the list allowed_payment_method_types; the intent answers with payment_method_types
        allowed_payment_method_types: METHODS,
        description: `Shanhai Market order ${order.number}`,
        metadata: { order_id: order.id, order_number: order.number },
      },
      { idempotencyKey: `order:${order.id}:pi` },
    );
    return { providerRef: intent.id, clientSecret: intent.client_secret, instructions: null };
  }

  /** Verifies the signature on the exact bytes Stripe sent, then reads the event. */
  async handleWebhook(rawBody: Buffer, signature: string | undefined): Promise<WebhookOutcome> {
    if (!signature) throw new WebhookSignatureError('No Stripe-Signature header');
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(rawBody, signature, this.config.webhookSecret);
    } catch (error) {
      throw new WebhookSignatureError((error as Error).message);
    }
    const kind = KINDS[event.type] ?? 'ignored';
    const base = { eventId: event.id, type: event.type, kind, providerRef: null, orderId: null, amountFen: 0, refundedFen: 0 };
    if (kind === 'ignored') return base;
    if (kind === 'refunded') {
      const charge = event.data.object as Stripe.Charge;
      return {
        ...base,
        providerRef: idOf(charge.payment_intent),
        orderId: charge.metadata?.['order_id'] ?? null,
        amountFen: charge.amount_captured || charge.amount,
        refundedFen: charge.amount_refunded,
      };
    }
    const intent = event.data.object as Stripe.PaymentIntent;
    return {
      ...base,
      providerRef: intent.id,
      orderId: intent.metadata?.['order_id'] ?? null,
      amountFen: kind === 'succeeded' ? intent.amount_received || intent.amount : intent.amount,
    };
  }

  async refund(providerRef: string | null, amountFen: number, idempotencyKey: string): Promise<{ providerRef: string | null; manual: boolean }> {
    if (!providerRef) throw new Error('a Stripe refund needs the PaymentIntent id');
    const refund = await this.stripe.refunds.create(
      { payment_intent: providerRef, amount: amountFen },
      { idempotencyKey },
    );
    return { providerRef: refund.id, manual: false };
  }

  async cancelPayment(providerRef: string, idempotencyKey: string): Promise<void> {
    await this.stripe.paymentIntents.cancel(providerRef, { cancellation_reason: 'abandoned' }, { idempotencyKey });
  }
}

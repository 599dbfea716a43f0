import Stripe from 'stripe';
import { StripePaymentProvider, WebhookSignatureError } from './stripe-provider';

// No request leaves the process here: only the webhook's verification and reading are tested.
const config = { secretKey: 'sk_test_unit', webhookSecret: 'whsec_unit_secret', publishableKey: 'pk_test_unit', api: {} };
const provider = new StripePaymentProvider(config);
const signer = new Stripe(config.secretKey);

function signed(event: object, secret = config.webhookSecret): { body: Buffer; header: string } {
  const payload = JSON.stringify(event);
  return { body: Buffer.from(payload), header: signer.webhooks.generateTestHeaderString({ payload, secret }) };
}

const event = (type: string, object: object) => ({ id: 'evt_unit_1', object: 'event', type, data: { object } });

describe('StripePaymentProvider.handleWebhook', () => {
  it('reads a succeeded PaymentIntent: the amount received and the order id from its metadata', async () => {
    const { body, header } = signed(
      event('payment_intent.succeeded', { id: 'pi_1', object: 'payment_intent', amount: 4750, amount_received: 4750, metadata: { order_id: 'o-1' } }),
    );
    await expect(provider.handleWebhook(body, header)).resolves.toEqual({
      eventId: 'evt_unit_1',
      type: 'payment_intent.succeeded',
      kind: 'succeeded',
      providerRef: 'pi_1',
      orderId: 'o-1',
      amountFen: 4750,
      refundedFen: 0,
    });
  });

  it('reads charge.refunded as what Stripe has refunded on the PaymentIntent so far', async () => {
    const { body, header } = signed(
      event('charge.refunded', { id: 'ch_1', object: 'charge', amount: 4750, amount_captured: 4750, amount_refunded: 1000, payment_intent: 'pi_1', metadata: {} }),
    );
    await expect(provider.handleWebhook(body, header)).resolves.toEqual(
      expect.objectContaining({ kind: 'refunded', providerRef: 'pi_1', orderId: null, amountFen: 4750, refundedFen: 1000 }),
    );
  });

  it('ignores event types it does not act on', async () => {
    const { body, header } = signed(event('customer.created', { id: 'cus_1', object: 'customer' }));
    await expect(provider.handleWebhook(body, header)).resolves.toEqual(expect.objectContaining({ kind: 'ignored', providerRef: null }));
  });

  it('refuses a missing header, another secret, and bytes other than those signed', async () => {
    const e = event('payment_intent.succeeded', { id: 'pi_1', object: 'payment_intent', amount: 1, metadata: {} });
    const good = signed(e);
    await expect(provider.handleWebhook(good.body, undefined)).rejects.toBeInstanceOf(WebhookSignatureError);
    const forged = signed(e, 'whsec_someone_else');
    await expect(provider.handleWebhook(forged.body, forged.header)).rejects.toBeInstanceOf(WebhookSignatureError);
    await expect(provider.handleWebhook(Buffer.from(JSON.stringify(e, null, 1)), good.header)).rejects.toBeInstanceOf(WebhookSignatureError);
  });
});

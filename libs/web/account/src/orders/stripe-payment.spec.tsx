import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrderDto } from '@shanhai/shared/contracts';
import { paidStripeOrder, session, stripeOrder, unpaidOrder } from '../testing/fixtures';
import { renderAccount } from '../testing/render-account';
import { fakeStripe, elementsInstance, resetFakeStripe, stripeInstance } from '../testing/stripe-fake';
import { stubApi } from '../testing/stub-api';

// Stripe's servers cannot be reached from a test: these two modules are the only stand-ins.
vi.mock('@stripe/stripe-js', () => import('../testing/stripe-fake').then((m) => m.stripeJsModule));
vi.mock('@stripe/react-stripe-js', () => import('../testing/stripe-fake').then((m) => m.reactStripeModule));

const orderPath = `/api/orders/${stripeOrder.id}`;

beforeEach(() => resetFakeStripe());

/** The order as the API answers it: awaiting payment until Stripe's webhook arrives after `paidAfter` more reads. */
function orderUntilPaid() {
  let readsLeft = Number.POSITIVE_INFINITY;
  return {
    route: (): OrderDto => (readsLeft-- > 0 ? stripeOrder : paidStripeOrder),
    webhookAfter: (reads: number) => {
      readsLeft = reads;
    },
  };
}

describe('paying a Stripe order', () => {
  it('mounts the Payment Element with the order’s client secret, the publishable key and the app’s language', async () => {
    stubApi({ 'GET /api/auth/me': session, [`GET ${orderPath}`]: stripeOrder });
    await renderAccount({ url: `/orders/${stripeOrder.id}`, language: 'en' });

    const block = await screen.findByTestId('stripe-payment');
    expect(within(block).getByRole('heading', { level: 2 })).toHaveTextContent('Pay online');
    expect(await within(block).findByTestId('payment-element')).toBeInTheDocument();
    expect(within(block).getByText('Pay by card, Alipay or WeChat Pay.')).toBeInTheDocument();
    expect(within(block).getByTestId('pay')).toHaveTextContent('Pay ¥362.00');
    await waitFor(() => expect(within(block).getByTestId('pay')).toBeEnabled());

    expect(fakeStripe.loadStripe).toHaveBeenCalledWith('pk_test_shanhai');
    expect(fakeStripe.elementsMounts.at(-1)).toEqual({
      stripe: stripeInstance,
      options: expect.objectContaining({ clientSecret: 'pi_3Qx_secret_Yz', locale: 'en' }),
    });
  });

  it('confirms the payment, then polls the order until the webhook made it paid', async () => {
    const user = userEvent.setup();
    const order = orderUntilPaid();
    const api = stubApi({ 'GET /api/auth/me': session, [`GET ${orderPath}`]: order.route });
    await renderAccount({ url: `/orders/${stripeOrder.id}` });

    const pay = await screen.findByRole('button', { name: '支付 ¥362.00' });
    await waitFor(() => expect(pay).toBeEnabled());
    expect(fakeStripe.elementsMounts.at(-1)?.options).toMatchObject({ clientSecret: 'pi_3Qx_secret_Yz', locale: 'zh' });
    const readsBefore = api.sent(`GET ${orderPath}`).length;
    // The first poll still finds it unpaid; Stripe's webhook lands before the second.
    order.webhookAfter(1);
    await user.click(pay);

    expect(fakeStripe.confirmPayment).toHaveBeenCalledWith({
      elements: elementsInstance,
      confirmParams: { return_url: `${window.location.origin}/orders/${stripeOrder.id}` },
      redirect: 'if_required',
    });
    expect(await screen.findByTestId('payment-pending')).toHaveTextContent('付款已提交,正在等待支付机构确认…');
    expect(screen.queryByTestId('payment-element')).not.toBeInTheDocument();

    expect(await screen.findByText('已收到您的付款,谢谢!')).toBeInTheDocument();
    expect(screen.getByTestId('order-status')).toHaveTextContent('已付款');
    expect(screen.queryByTestId('stripe-payment')).not.toBeInTheDocument();
    expect(screen.getByTestId('order-history')).toHaveTextContent('已收到付款');
    expect(api.sent(`GET ${orderPath}`).length - readsBefore).toBe(2);
    expect(fakeStripe.confirmPayment).toHaveBeenCalledTimes(1);
  });

  it('shows Stripe’s own message when the payment is declined, and a translated one for the rest', async () => {
    const user = userEvent.setup();
    const api = stubApi({ 'GET /api/auth/me': session, [`GET ${orderPath}`]: stripeOrder });
    fakeStripe.confirmPayment
      .mockResolvedValueOnce({ error: { type: 'card_error', code: 'card_declined', message: '您的银行卡被拒绝了。' } })
      .mockResolvedValueOnce({ error: { type: 'api_error', message: 'An unexpected error occurred.' } });
    await renderAccount({ url: `/orders/${stripeOrder.id}` });

    const pay = await screen.findByTestId('pay');
    await waitFor(() => expect(pay).toBeEnabled());
    const reads = api.sent(`GET ${orderPath}`).length;
    await user.click(pay);
    expect(await screen.findByRole('alert')).toHaveTextContent('您的银行卡被拒绝了。');
    // Still the form, ready for another try; nothing to wait for.
    expect(pay).toBeEnabled();
    expect(screen.getByTestId('payment-element')).toBeInTheDocument();
    expect(screen.queryByTestId('payment-pending')).not.toBeInTheDocument();

    await user.click(pay);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('付款没有成功,请重试或换一种付款方式。'),
    );
    expect(api.sent(`GET ${orderPath}`)).toHaveLength(reads);
  });

  it('says when Stripe.js cannot load, and loads it on retry', async () => {
    const user = userEvent.setup();
    stubApi({ 'GET /api/auth/me': session, [`GET ${orderPath}`]: stripeOrder });
    fakeStripe.loadStripe.mockRejectedValueOnce(new Error('Failed to load Stripe.js'));
    await renderAccount({ url: `/orders/${stripeOrder.id}` });

    const problem = await screen.findByTestId('payment-problem');
    expect(problem).toHaveRole('alert');
    expect(problem).toHaveTextContent('在线支付没有加载出来');
    expect(problem).toHaveTextContent('无法连接在线支付服务(Stripe),请检查网络连接后重试。');
    expect(screen.queryByTestId('payment-element')).not.toBeInTheDocument();

    await user.click(within(problem).getByRole('button', { name: '重试' }));
    expect(await screen.findByTestId('payment-element')).toBeInTheDocument();
    expect(screen.queryByTestId('payment-problem')).not.toBeInTheDocument();
    expect(fakeStripe.loadStripe).toHaveBeenCalledTimes(2);
  });

  it('offers a retry when the Payment Element itself fails to load', async () => {
    const user = userEvent.setup();
    stubApi({ 'GET /api/auth/me': session, [`GET ${orderPath}`]: stripeOrder });
    fakeStripe.paymentElementFails = true;
    await renderAccount({ url: `/orders/${stripeOrder.id}`, language: 'en' });

    const problem = await screen.findByTestId('payment-problem');
    expect(problem).toHaveTextContent('The payment form did not load. Please try again.');
    fakeStripe.paymentElementFails = false;
    await user.click(within(problem).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('payment-element')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('pay')).toBeEnabled());
    expect(fakeStripe.elementsMounts).toHaveLength(2);
  });

  it('shows the instructions while the payment is not prepared yet, and asks again on “try again”', async () => {
    const user = userEvent.setup();
    let prepared = false;
    const notPrepared: OrderDto = {
      ...stripeOrder,
      payment: {
        provider: 'stripe',
        clientSecret: null,
        publishableKey: 'pk_test_shanhai',
        instructions: {
          zh: '在线支付正在准备中,请稍后重试。',
          en: 'Online payment is being prepared; please try again shortly.',
        },
      },
    };
    const api = stubApi({
      'GET /api/auth/me': session,
      [`GET ${orderPath}`]: () => (prepared ? stripeOrder : notPrepared),
    });
    await renderAccount({ url: `/orders/${stripeOrder.id}` });

    const problem = await screen.findByTestId('payment-problem');
    expect(problem).toHaveTextContent('在线支付正在准备中,请稍后重试。');
    expect(fakeStripe.loadStripe).not.toHaveBeenCalled();

    prepared = true;
    await user.click(within(problem).getByRole('button', { name: '重试' }));
    expect(await screen.findByTestId('payment-element')).toBeInTheDocument();
    expect(api.sent(`GET ${orderPath}`)).toHaveLength(2);
    expect(fakeStripe.elementsMounts.at(-1)?.options).toMatchObject({ clientSecret: 'pi_3Qx_secret_Yz' });
  });

  it('back from Alipay, asks Stripe how the payment went and waits for the order to turn paid', async () => {
    const order = orderUntilPaid();
    stubApi({ 'GET /api/auth/me': session, [`GET ${orderPath}`]: order.route });
    fakeStripe.retrievePaymentIntent.mockResolvedValue({ paymentIntent: { status: 'processing' } });
    order.webhookAfter(1);
    await renderAccount({
      url: `/orders/${stripeOrder.id}?payment_intent=pi_3Qx&payment_intent_client_secret=pi_3Qx_secret_Yz&redirect_status=succeeded`,
    });

    expect(await screen.findByText('已收到您的付款,谢谢!')).toBeInTheDocument();
    expect(fakeStripe.retrievePaymentIntent).toHaveBeenCalledWith('pi_3Qx_secret_Yz');
    expect(fakeStripe.confirmPayment).not.toHaveBeenCalled();
  });

  it('loads nothing of Stripe for an order paid offline', async () => {
    stubApi({ 'GET /api/auth/me': session, [`GET /api/orders/${unpaidOrder.id}`]: unpaidOrder });
    await renderAccount({ url: `/orders/${unpaidOrder.id}` });
    expect(await screen.findByTestId('payment-instructions')).toBeInTheDocument();
    expect(screen.queryByTestId('stripe-payment')).not.toBeInTheDocument();
    expect(fakeStripe.loadStripe).not.toHaveBeenCalled();
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CartDto, PaymentMethodsDto } from '@shanhai/shared/contracts';
import {
  homeAddress,
  mushroomLine,
  officeAddress,
  problemCart,
  readyCart,
  session,
  stripeOrder,
  teaLine,
  unpaidOrder,
} from '../testing/fixtures';
import { currentLocation, renderAccount } from '../testing/render-account';
import { failure, networkDown, Reply, stubApi } from '../testing/stub-api';
import { resetFakeStripe } from '../testing/stripe-fake';
import { endAttempt } from './checkout-attempt';

// Placing a Stripe order opens its order page, which loads Stripe: Stripe's servers cannot be
// reached from a test, so its two modules are stand-ins here too.
vi.mock('@stripe/stripe-js', () => import('../testing/stripe-fake').then((m) => m.stripeJsModule));
vi.mock('@stripe/react-stripe-js', () => import('../testing/stripe-fake').then((m) => m.reactStripeModule));

afterEach(() => endAttempt());

const offlineOnly: PaymentMethodsDto = { methods: ['offline'], stripePublishableKey: null };
const withStripe: PaymentMethodsDto = { methods: ['offline', 'stripe'], stripePublishableKey: 'pk_test_shanhai' };

const signedIn = {
  'GET /api/auth/me': session,
  'GET /api/addresses': [officeAddress, homeAddress],
  'GET /api/payments/methods': offlineOnly,
};

describe('checkout page', () => {
  it('sends a guest to sign in and back', async () => {
    stubApi({ 'GET /api/auth/me': failure(401, 'UNAUTHENTICATED'), 'GET /api/cart': readyCart });
    await renderAccount({ url: '/checkout' });
    await waitFor(() => expect(currentLocation()).toBe('/login?next=/checkout'));
  });

  it('places the order with only SKUs and quantities, an Idempotency-Key, and opens the order', async () => {
    const user = userEvent.setup();
    const api = stubApi({
      ...signedIn,
      'GET /api/cart': readyCart,
      'POST /api/orders': new Reply(201, unpaidOrder),
    });
    await renderAccount({ url: '/checkout' });

    // The default address is chosen; the review shows the server's parcels and sums.
    expect(await screen.findByRole('radio', { name: /湖墅南路 88 号/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: '线下付款' })).toBeChecked();
    expect(screen.getByRole('heading', { level: 3, name: '溇阳湖茶叶合作社 发货' })).toBeInTheDocument();
    expect(screen.getByText('应付总额').nextElementSibling).toHaveTextContent('¥362.00');

    await user.type(screen.getByLabelText(/订单备注/), '  周末送货  ');
    await user.click(screen.getByTestId('place-order'));

    await waitFor(() => expect(currentLocation()).toBe(`/orders/${unpaidOrder.id}`));
    const [sent] = api.sent('POST /api/orders');
    expect(sent.body).toEqual({
      addressId: homeAddress.id,
      paymentMethod: 'offline',
      lines: [
        { sku: 'TEA-50', quantity: 2 },
        { sku: 'MUSH-250', quantity: 1 },
      ],
      note: '周末送货',
    });
    expect(sent.headers.get('Idempotency-Key')).toMatch(/^[A-Za-z0-9_\-:.]{8,100}$/);
  });

  it('offers only offline payment when the server has no Stripe', async () => {
    stubApi({ ...signedIn, 'GET /api/cart': readyCart });
    await renderAccount({ url: '/checkout' });

    const payment = await screen.findByRole('group', { name: '选择付款方式' });
    expect(within(payment).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['offline']);
    expect(screen.queryByText(/支付宝/)).not.toBeInTheDocument();
  });

  it('still offers offline payment when the methods cannot be fetched', async () => {
    stubApi({ ...signedIn, 'GET /api/cart': readyCart, 'GET /api/payments/methods': networkDown });
    await renderAccount({ url: '/checkout' });

    const payment = await screen.findByRole('group', { name: '选择付款方式' });
    expect(within(payment).getByRole('radio', { name: '线下付款' })).toBeChecked();
    expect(within(payment).getAllByRole('radio')).toHaveLength(1);
  });

  it('offers card / Alipay / WeChat Pay when the server lists Stripe, and sends paymentMethod stripe', async () => {
    const user = userEvent.setup();
    resetFakeStripe();
    const api = stubApi({
      ...signedIn,
      'GET /api/payments/methods': withStripe,
      'GET /api/cart': readyCart,
      'POST /api/orders': new Reply(201, stripeOrder),
      [`GET /api/orders/${stripeOrder.id}`]: stripeOrder,
    });
    await renderAccount({ url: '/checkout', language: 'en' });

    expect(await screen.findByRole('radio', { name: 'Pay offline' })).toBeChecked();
    const online = screen.getByRole('radio', { name: 'Pay online (card / Alipay / WeChat Pay)' });
    expect(online).not.toBeChecked();
    await user.click(online);
    expect(online).toBeChecked();
    expect(
      screen.getByText(
        'After you place the order you pay on the order page by card, Alipay or WeChat Pay; please pay before the deadline.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByTestId('place-order'));
    await waitFor(() => expect(currentLocation()).toBe(`/orders/${stripeOrder.id}`));
    expect(await screen.findByRole('heading', { level: 2, name: 'Pay online' })).toBeInTheDocument();
    expect(api.sent('POST /api/orders').map((r) => (r.body as { paymentMethod: string }).paymentMethod)).toEqual([
      'stripe',
    ]);
  });

  it('sends the same Idempotency-Key when retried after a failed request, and a new one after the cart changes', async () => {
    const user = userEvent.setup();
    let cart: CartDto = readyCart;
    let attempt = 0;
    const api = stubApi({
      ...signedIn,
      'GET /api/cart': () => cart,
      'POST /api/orders': () => {
        attempt += 1;
        if (attempt === 1) networkDown();
        if (attempt === 2) return failure(500, 'INTERNAL_ERROR');
        return new Reply(201, unpaidOrder);
      },
    });
    const { queryClient } = await renderAccount({ url: '/checkout' });
    const place = await screen.findByTestId('place-order');

    await user.click(place);
    expect(await screen.findByRole('alert')).toHaveTextContent('无法连接服务器,请检查网络后重试。');
    expect(screen.getByRole('alert')).toHaveTextContent('可以放心重试');
    await user.click(place);
    expect(await screen.findByText('服务器出错了,请稍后再试。')).toBeInTheDocument();

    // The cart changes (one more tea): the next submit is a new attempt.
    cart = { ...readyCart, lines: [{ ...teaLine, quantity: 3, lineTotalFen: 38400 }, mushroomLine] };
    await act(() => queryClient.invalidateQueries({ queryKey: ['cart'] }));
    await user.click(place);
    await waitFor(() => expect(currentLocation()).toBe(`/orders/${unpaidOrder.id}`));

    const sent = api.sent('POST /api/orders');
    const keys = sent.map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(3);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect((sent[2].body as { lines: unknown }).lines).toEqual([
      { sku: 'TEA-50', quantity: 3 },
      { sku: 'MUSH-250', quantity: 1 },
    ]);
  });

  it('makes a new key when another address is chosen', async () => {
    const user = userEvent.setup();
    const api = stubApi({ ...signedIn, 'GET /api/cart': readyCart, 'POST /api/orders': networkDown });
    await renderAccount({ url: '/checkout' });
    const place = await screen.findByTestId('place-order');

    await user.click(place);
    await screen.findByRole('alert');
    await user.click(screen.getByRole('radio', { name: /文三路 100 号/ }));
    await user.click(place);
    await waitFor(() => expect(api.sent('POST /api/orders')).toHaveLength(2));

    const [first, second] = api.sent('POST /api/orders');
    expect((second.body as { addressId: string }).addressId).toBe(officeAddress.id);
    expect(second.headers.get('Idempotency-Key')).not.toBe(first.headers.get('Idempotency-Key'));
  });

  it('shows the OUT_OF_STOCK lines by name and sends the user back to the cart', async () => {
    const user = userEvent.setup();
    stubApi({
      ...signedIn,
      'GET /api/cart': readyCart,
      'POST /api/orders': failure(409, 'OUT_OF_STOCK', {
        lines: [{ sku: 'MUSH-250', requested: 1, available: 0 }],
      }),
    });
    await renderAccount({ url: '/checkout' });
    await user.click(await screen.findByTestId('place-order'));

    const alert = await screen.findByTestId('out-of-stock');
    expect(alert).toHaveTextContent('以下商品库存不足,订单未提交:');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('鸡枞菌干(250 克袋装):需要 1 件,仅剩 0 件');
    await user.click(within(alert).getByRole('link', { name: '返回购物车修改' }));
    await waitFor(() => expect(currentLocation()).toBe('/cart'));
  });

  it('will not place an order while the cart has problems', async () => {
    stubApi({ ...signedIn, 'GET /api/cart': problemCart });
    await renderAccount({ url: '/checkout' });
    const place = await screen.findByTestId('place-order');
    expect(place).toBeDisabled();
    expect(place).toHaveAccessibleDescription('购物车中有需要处理的问题,请先返回购物车修改。');
  });
});

describe('address form', () => {
  const fill = async (user: ReturnType<typeof userEvent.setup>, mobile: string) => {
    await user.type(screen.getByLabelText('收货人'), '王小明');
    await user.type(screen.getByLabelText('手机号'), mobile);
    await user.type(screen.getByLabelText('省 / 自治区 / 直辖市'), '浙江省');
    await user.type(screen.getByLabelText('城市'), '杭州市');
    await user.type(screen.getByLabelText('区 / 县'), '拱墅区');
    await user.type(screen.getByLabelText('详细地址'), '湖墅南路 88 号 3 幢 502 室');
  };

  it('refuses a bad mobile number without sending, then saves the address and chooses it', async () => {
    const user = userEvent.setup();
    let saved = false;
    const api = stubApi({
      'GET /api/auth/me': session,
      'GET /api/cart': readyCart,
      'GET /api/addresses': () => (saved ? [homeAddress] : []),
      'POST /api/addresses': () => {
        saved = true;
        return new Reply(201, homeAddress);
      },
    });
    await renderAccount({ url: '/checkout' });

    // No address yet: the form is open and the order cannot be placed.
    expect(await screen.findByText('还没有收货地址,请先添加一个。')).toBeInTheDocument();
    expect(screen.getByTestId('place-order')).toBeDisabled();

    await fill(user, '12345678');
    await user.click(screen.getByRole('button', { name: '保存地址' }));
    expect(screen.getByLabelText('手机号')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('请输入中国大陆手机号:以 1 开头的 11 位数字,可带 +86。')).toBeInTheDocument();
    expect(screen.getByLabelText('手机号')).toHaveFocus();
    expect(api.sent('POST /api/addresses')).toHaveLength(0);

    await user.clear(screen.getByLabelText('手机号'));
    await user.type(screen.getByLabelText('手机号'), '13800138000');
    await user.type(screen.getByLabelText(/邮编/), '31000');
    await user.click(screen.getByRole('button', { name: '保存地址' }));
    expect(screen.getByText('邮编为 6 位数字。')).toBeInTheDocument();
    expect(api.sent('POST /api/addresses')).toHaveLength(0);

    await user.type(screen.getByLabelText(/邮编/), '5');
    await user.click(screen.getByRole('button', { name: '保存地址' }));
    expect(await screen.findByRole('radio', { name: /湖墅南路 88 号/ })).toBeChecked();
    expect(screen.getByText('+86 138 0013 8000')).toBeInTheDocument();
    expect(api.sent('POST /api/addresses').map((r) => r.body)).toEqual([
      {
        recipient: '王小明',
        mobile: '13800138000',
        province: '浙江省',
        city: '杭州市',
        district: '拱墅区',
        street: '湖墅南路 88 号 3 幢 502 室',
        postalCode: '310005',
        isDefault: true,
      },
    ]);
    expect(screen.getByTestId('place-order')).toBeEnabled();
  });
});

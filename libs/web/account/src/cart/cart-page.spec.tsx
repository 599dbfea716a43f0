import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_QUANTITY as CONTRACT_MAX_LINE_QUANTITY, type CartDto } from '@shanhai/shared/contracts';
import { emptyCart, problemCart, readyCart, session, teaLine } from '../testing/fixtures';
import { currentLocation, renderAccount } from '../testing/render-account';
import { failure, stubApi } from '../testing/stub-api';
import { MAX_LINE_QUANTITY } from './cart-line-item';

const line = (sku: string) =>
  screen.getAllByTestId('cart-line').find((el) => el.querySelector(`#quantity-${sku}`))!;

describe('cart page', () => {
  it('shows a price-changed line and an out-of-stock line with their messages, and disables checkout when not ready', async () => {
    stubApi({ 'GET /api/cart': problemCart, 'GET /api/auth/me': session });
    await renderAccount({ url: '/cart' });

    expect(await screen.findAllByTestId('cart-line')).toHaveLength(3);
    expect(screen.getByRole('heading', { level: 1, name: '购物车' })).toBeInTheDocument();
    expect(within(line('TEA-100')).getByText('价格已从 ¥218.00 变为 ¥238.00。')).toBeInTheDocument();
    expect(within(line('TEA-100')).getByText('规格:100 克礼盒')).toBeInTheDocument();
    expect(within(line('MUSH-250')).getByText('已售罄,请移除后再结算。')).toBeInTheDocument();
    expect(within(line('TEA-50')).queryByText(/价格已从|已售罄|库存不足/)).not.toBeInTheDocument();
    // Sold out: the quantity can only go down.
    expect(within(line('MUSH-250')).getByRole('button', { name: '增加数量' })).toBeDisabled();

    const checkout = screen.getByTestId('checkout-button');
    expect(checkout).toBeDisabled();
    expect(checkout).toHaveAccessibleDescription('请先处理上面标出的问题,再去结算。');
  });

  it('groups the lines by cooperative, one parcel each, with shipping, free-shipping hints and totals', async () => {
    stubApi({ 'GET /api/cart': readyCart, 'GET /api/auth/me': session });
    await renderAccount({ url: '/cart' });

    const tea = (await screen.findByRole('heading', { level: 2, name: '溇阳湖茶叶合作社 发货' })).closest(
      'section',
    )!;
    expect(within(tea).getAllByTestId('cart-line')).toHaveLength(1);
    expect(within(tea).getByText('溇阳湖林下有机茶')).toHaveAttribute(
      'href',
      '/products/louyang-organic-tea',
    );
    expect(within(tea).getByText('运费').nextElementSibling).toHaveTextContent('¥10.00');
    expect(within(tea).getByText('满 ¥399.00 包邮,再买 ¥143.00 即可免运费。')).toBeInTheDocument();

    const fungi = screen
      .getByRole('heading', { level: 2, name: '浪洞食用菌合作社 发货' })
      .closest('section')!;
    expect(within(fungi).getByText('鸡枞菌干')).toBeInTheDocument();
    expect(within(fungi).getByText('运费').nextElementSibling).toHaveTextContent('¥8.00');
    expect(within(fungi).queryByText(/包邮/)).not.toBeInTheDocument();

    const total = screen.getByRole('heading', { level: 2, name: '合计' }).closest('section')!;
    expect(within(total).getByText('商品金额').nextElementSibling).toHaveTextContent('¥344.00');
    expect(within(total).getByText('运费').nextElementSibling).toHaveTextContent('¥18.00');
    expect(within(total).getByText('应付总额').nextElementSibling).toHaveTextContent('¥362.00');
    expect(screen.getByTestId('checkout-button')).toBeEnabled();
  });

  it('sends PATCH with the new quantity from the stepper and shows the cart the server answers with', async () => {
    const user = userEvent.setup();
    const withQuantity = (quantity: number): CartDto => ({
      ...readyCart,
      lines: [{ ...teaLine, quantity, lineTotalFen: 12800 * quantity }, readyCart.lines[1]],
    });
    const api = stubApi({
      'GET /api/cart': readyCart,
      'GET /api/auth/me': session,
      'PATCH /api/cart/lines/TEA-50': (request) =>
        withQuantity((request.body as { quantity: number }).quantity),
      'DELETE /api/cart/lines/TEA-50': { ...readyCart, lines: [readyCart.lines[1]] },
    });
    await renderAccount({ url: '/cart' });
    await screen.findAllByTestId('cart-line');

    await user.click(within(line('TEA-50')).getByRole('button', { name: '增加数量' }));
    await waitFor(() => expect(within(line('TEA-50')).getByLabelText('数量')).toHaveValue(3));
    expect(api.sent('PATCH /api/cart/lines/TEA-50').map((r) => r.body)).toEqual([{ quantity: 3 }]);
    expect(within(line('TEA-50')).getByText('小计').parentElement).toHaveTextContent('¥384.00');

    // A typed quantity counts on Enter; one above the limit is held to it.
    const input = within(line('TEA-50')).getByLabelText('数量');
    await user.clear(input);
    await user.type(input, '5{Enter}');
    await waitFor(() => expect(within(line('TEA-50')).getByLabelText('数量')).toHaveValue(5));
    expect(api.sent('PATCH /api/cart/lines/TEA-50').map((r) => r.body)).toEqual([
      { quantity: 3 },
      { quantity: 5 },
    ]);

    await user.click(within(line('TEA-50')).getByRole('button', { name: '从购物车移除:溇阳湖林下有机茶' }));
    await waitFor(() => expect(screen.getAllByTestId('cart-line')).toHaveLength(1));
    expect(api.sent('DELETE /api/cart/lines/TEA-50')).toHaveLength(1);
  });

  it('says how many are left when there is not enough stock, and shows a failed change', async () => {
    const user = userEvent.setup();
    stubApi({
      'GET /api/cart': {
        ...readyCart,
        lines: [{ ...teaLine, quantity: 5, available: 2, problem: 'insufficient_stock' }, readyCart.lines[1]],
        ready: false,
      },
      'GET /api/auth/me': session,
      'PATCH /api/cart/lines/TEA-50': failure(503, 'DATABASE_UNAVAILABLE'),
    });
    await renderAccount({ url: '/cart' });
    expect(await screen.findByText('库存不足:仅剩 2 件,请减少数量。')).toBeInTheDocument();

    await user.click(within(line('TEA-50')).getByRole('button', { name: '减少数量' }));
    expect(await within(line('TEA-50')).findByRole('alert')).toHaveTextContent('服务暂时不可用,请稍后再试。');
  });

  it('sends a guest to sign in before checkout, and a signed-in buyer to checkout', async () => {
    const user = userEvent.setup();
    stubApi({ 'GET /api/cart': readyCart, 'GET /api/auth/me': failure(401, 'UNAUTHENTICATED') });
    const guest = await renderAccount({ url: '/cart' });
    expect(await screen.findByText('结算前需要登录;登录后购物车里的商品会保留。')).toBeInTheDocument();
    await user.click(screen.getByTestId('checkout-button'));
    await waitFor(() => expect(currentLocation()).toBe('/login?next=/checkout'));
    guest.unmount();

    stubApi({ 'GET /api/cart': readyCart, 'GET /api/auth/me': session });
    await renderAccount({ url: '/cart' });
    await screen.findAllByTestId('cart-line');
    await waitFor(() => expect(screen.queryByText(/结算前需要登录/)).not.toBeInTheDocument());
    await user.click(screen.getByTestId('checkout-button'));
    await waitFor(() => expect(currentLocation()).toBe('/checkout'));
  });

  it('shows an empty cart with a way to the products, and a failed load with a retry', async () => {
    const user = userEvent.setup();
    stubApi({ 'GET /api/cart': emptyCart, 'GET /api/auth/me': session });
    const empty = await renderAccount({ url: '/cart' });
    expect(await screen.findByText('购物车是空的。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '去逛逛黄平好物' })).toHaveAttribute('href', '/products');
    empty.unmount();

    let calls = 0;
    stubApi({
      'GET /api/cart': () => (++calls === 1 ? failure(503, 'DATABASE_UNAVAILABLE') : readyCart),
      'GET /api/auth/me': session,
    });
    await renderAccount({ url: '/cart' });
    expect(await screen.findByRole('alert')).toHaveTextContent('服务暂时不可用,请稍后再试。');
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findAllByTestId('cart-line')).toHaveLength(2);
  });

  it('speaks English', async () => {
    stubApi({ 'GET /api/cart': problemCart, 'GET /api/auth/me': session });
    await renderAccount({ url: '/cart', language: 'en' });
    expect(await screen.findByText('The price changed from ¥218.00 to ¥238.00.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Your cart' })).toBeInTheDocument();
    expect(screen.getByText('Sold out. Please remove it before checking out.')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Shipped by Louyang Lake Tea Cooperative' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Over ¥399.00: shipping is free.')).toBeInTheDocument();
  });

  it('keeps the quantity limit of the contract', () => {
    expect(MAX_LINE_QUANTITY).toBe(CONTRACT_MAX_LINE_QUANTITY);
  });
});

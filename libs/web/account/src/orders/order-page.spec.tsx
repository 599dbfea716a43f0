import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OrderDto } from '@shanhai/shared/contracts';
import { orderSummaries, session, shippedOrder, unpaidOrder } from '../testing/fixtures';
import { currentLocation, renderAccount } from '../testing/render-account';
import { failure, Reply, stubApi } from '../testing/stub-api';

const orderPath = (order: OrderDto) => `/api/orders/${order.id}`;

describe('order page', () => {
  it('shows each parcel with its status and tracking number, the status and the timeline', async () => {
    stubApi({ 'GET /api/auth/me': session, [`GET ${orderPath(shippedOrder)}`]: shippedOrder });
    await renderAccount({ url: `/orders/${shippedOrder.id}` });

    expect(
      await screen.findByRole('heading', { level: 1, name: '订单 SH20260301-0042' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('order-status')).toHaveTextContent('部分发货');
    expect(screen.getByText('付款状态').nextElementSibling).toHaveTextContent('已付款');
    expect(screen.getByText('已收到您的付款,谢谢!')).toBeInTheDocument();

    const [tea, fungi] = screen.getAllByTestId('shipment');
    expect(within(tea).getByRole('heading', { level: 3 })).toHaveTextContent('溇阳湖茶叶合作社 发货');
    expect(within(tea).getByText('已发货')).toBeInTheDocument();
    expect(within(tea).getByText('顺丰速运')).toBeInTheDocument();
    expect(within(tea).getByTestId('tracking-number')).toHaveTextContent('SF1234567890');
    expect(within(tea).getByText('发货时间').nextElementSibling).toHaveTextContent('2026年3月2日 10:00');
    expect(within(tea).getByText('计入消费帮扶')).toBeInTheDocument();
    expect(within(fungi).getByRole('heading', { level: 3 })).toHaveTextContent('浪洞食用菌合作社 发货');
    expect(within(fungi).getByText('待发货')).toBeInTheDocument();
    expect(within(fungi).queryByText('运单号')).not.toBeInTheDocument();

    // Oldest first, in Beijing time, whatever order the server sent; each entry says what happened
    // in the buyer's language, and only the shipping one keeps (translated) what the server noted.
    const entries = within(screen.getByTestId('order-history')).getAllByRole('listitem');
    expect(entries.map((e) => e.textContent)).toEqual([
      '订单已提交2026年3月1日 16:00',
      '已收到付款2026年3月1日 18:30',
      '部分包裹已发出2026年3月2日 10:00快递:顺丰速运 SF1234567890',
    ]);
    expect(screen.getByText('王小明')).toBeInTheDocument();
    expect(screen.getByText(/浙江省杭州市拱墅区湖墅南路 88 号 3 幢 502 室/)).toHaveTextContent('邮编 310005');
    expect(screen.queryByRole('button', { name: '取消订单' })).not.toBeInTheDocument();
  });

  it('shows how to pay offline and by when, and cancels only after confirmation', async () => {
    const user = userEvent.setup();
    const cancelled: OrderDto = {
      ...unpaidOrder,
      status: 'cancelled',
      cancellable: false,
      fulfilments: unpaidOrder.fulfilments.map((f) => ({ ...f, status: 'cancelled' })),
      history: [
        ...unpaidOrder.history,
        { from: 'awaiting_payment', to: 'cancelled', reason: 'cancelled by the customer', at: '2026-03-01T09:00:00.000Z' },
      ],
    };
    const api = stubApi({
      'GET /api/auth/me': session,
      [`GET ${orderPath(unpaidOrder)}`]: unpaidOrder,
      [`POST ${orderPath(unpaidOrder)}/cancel`]: cancelled,
    });
    await renderAccount({ url: `/orders/${unpaidOrder.id}` });

    expect(await screen.findByTestId('order-status')).toHaveTextContent('待付款');
    expect(screen.getByTestId('payment-instructions')).toHaveTextContent('账号:6228 0000 1234 5678');
    expect(screen.getByTestId('order-expiry')).toHaveTextContent(
      '请在 2026年3月2日 16:00(北京时间) 前完成付款,逾期未付款的订单会自动取消。',
    );

    await user.click(screen.getByRole('button', { name: '取消订单' }));
    expect(screen.getByText('确定要取消这个订单吗?取消后不能恢复。')).toBeInTheDocument();
    expect(api.sent(`POST ${orderPath(unpaidOrder)}/cancel`)).toHaveLength(0);

    // Changing one's mind sends nothing.
    await user.click(screen.getByRole('button', { name: '不取消' }));
    expect(api.sent(`POST ${orderPath(unpaidOrder)}/cancel`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '取消订单' }));
    await user.click(screen.getByRole('button', { name: '确认取消' }));
    await waitFor(() => expect(screen.getByTestId('order-status')).toHaveTextContent('已取消'));
    expect(api.sent(`POST ${orderPath(unpaidOrder)}/cancel`)).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('订单已取消。');
    expect(screen.getByTestId('order-history')).toHaveTextContent('订单已取消2026年3月1日 17:00');
    expect(screen.queryByTestId('payment-instructions')).not.toBeInTheDocument();
    expect(screen.queryByTestId('order-expiry')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '取消订单' })).not.toBeInTheDocument();
  });

  it('says so when the order can no longer be cancelled, and shows it as it is now', async () => {
    const user = userEvent.setup();
    let shipped = false;
    stubApi({
      'GET /api/auth/me': session,
      [`GET ${orderPath(unpaidOrder)}`]: () =>
        shipped ? { ...shippedOrder, id: unpaidOrder.id } : unpaidOrder,
      [`POST ${orderPath(unpaidOrder)}/cancel`]: () => {
        shipped = true;
        return failure(409, 'NOT_CANCELLABLE');
      },
    });
    await renderAccount({ url: `/orders/${unpaidOrder.id}` });
    await user.click(await screen.findByRole('button', { name: '取消订单' }));
    await user.click(screen.getByRole('button', { name: '确认取消' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('订单已发货或已关闭,无法取消。');
    await waitFor(() => expect(screen.getByTestId('order-status')).toHaveTextContent('部分发货'));
  });

  it('tells the order’s progress in English, without the server’s notes', async () => {
    stubApi({ 'GET /api/auth/me': session, [`GET ${orderPath(shippedOrder)}`]: shippedOrder });
    await renderAccount({ url: `/orders/${shippedOrder.id}`, language: 'en' });

    const history = await screen.findByTestId('order-history');
    expect(within(history).getAllByRole('listitem').map((e) => e.firstChild?.textContent)).toEqual([
      'Order placed',
      'Payment received',
      'Some parcels shipped',
    ]);
    expect(within(history).getByText('Courier: 顺丰速运 SF1234567890')).toBeInTheDocument();
    expect(history).not.toHaveTextContent(/order placed|payment BT|shipped by/);
  });

  it('shows a translated not-found state for an order that is not the user’s', async () => {
    stubApi({ 'GET /api/auth/me': session, '/api/orders/nope': failure(404, 'ORDER_NOT_FOUND') });
    await renderAccount({ url: '/orders/nope' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('订单不存在');
    expect(alert).toHaveTextContent('找不到这个订单。');
    expect(within(alert).queryByRole('button', { name: '重试' })).not.toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: '返回我的订单' })).toHaveAttribute('href', '/orders');
  });
});

describe('orders page', () => {
  it('lists the orders with status and total, linking to each', async () => {
    stubApi({ 'GET /api/auth/me': session, 'GET /api/orders': orderSummaries });
    await renderAccount({ url: '/orders' });

    const cards = await screen.findAllByTestId('order-card');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByRole('link', { name: '查看订单 SH20260301-0042' })).toHaveAttribute(
      'href',
      `/orders/${shippedOrder.id}`,
    );
    expect(cards[0]).toHaveTextContent('部分发货');
    expect(cards[1]).toHaveTextContent('待付款');
    expect(cards[1]).toHaveTextContent('¥362.00');
    expect(screen.getByText('已登录:小明')).toBeInTheDocument();
  });

  it('says when there are none, and signs out to the sign-in page', async () => {
    const user = userEvent.setup();
    let signedOut = false;
    const api = stubApi({
      'GET /api/auth/me': () => (signedOut ? failure(401, 'UNAUTHENTICATED') : session),
      'GET /api/orders': [],
      'POST /api/auth/logout': () => {
        signedOut = true;
        return new Reply(204);
      },
    });
    const { queryClient } = await renderAccount({ url: '/orders' });
    expect(await screen.findByText('您还没有订单。')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '退出登录' }));
    await waitFor(() => expect(currentLocation()).toBe('/login?next=/orders'));
    expect(api.sent('POST /api/auth/logout')).toHaveLength(1);
    expect(queryClient.getQueryData(['session'])).toBeNull();
  });

  it('sends a guest to sign in', async () => {
    stubApi({ 'GET /api/auth/me': failure(401, 'UNAUTHENTICATED') });
    await renderAccount({ url: '/orders' });
    await waitFor(() => expect(currentLocation()).toBe('/login?next=/orders'));
  });
});

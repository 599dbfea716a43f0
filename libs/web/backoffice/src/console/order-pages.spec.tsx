import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminSession } from '../testing/fixtures';
import { currentLocation, FIRST_RENDER, renderAdmin } from '../testing/render-admin';
import { failure, stubApi } from '../testing/stub-api';
import { order, ORDER_ID, orderDetail, orderList, users } from './console-fixtures';
import { modalTitled } from './console-spec-helpers';

const ORDER_PATH = `/api/admin/orders/${ORDER_ID}`;
const FUNGI_LINE = order().fulfilments[1].lines[0].id;
const REFUND = /^退\s?款$/;

describe('orders', { timeout: 60_000 }, () => {
  it('searches with the filters in the address, and puts new ones there', async () => {
    const api = stubApi({ 'GET /api/auth/me': adminSession, 'GET /api/admin/orders': orderList });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/orders?phone=1380&status=paid&from=2026-11-01' });
    const results = await screen.findByTestId('order-results', {}, FIRST_RENDER);
    expect(await within(results).findByRole('link', { name: 'SH202611290001' })).toHaveAttribute(
      'href',
      `/admin/orders/${ORDER_ID}`,
    );
    expect(Object.fromEntries(api.sent('GET /api/admin/orders')[0].url.searchParams)).toEqual({
      phone: '1380',
      status: 'paid',
      from: '2026-11-01',
      page: '1',
      pageSize: '50',
    });
    expect(screen.getByLabelText('收货电话')).toHaveValue('1380');

    await user.type(screen.getByLabelText('订单号'), 'SH2026');
    await user.clear(screen.getByLabelText('收货电话'));
    await user.type(screen.getByLabelText('合作社'), 'langdong-fungi-park');
    await user.click(screen.getByTestId('order-search'));
    await waitFor(() =>
      expect(currentLocation()).toBe(
        '/admin/orders?number=SH2026&status=paid&cooperative=langdong-fungi-park&from=2026-11-01',
      ),
    );
    await waitFor(() => expect(api.sent('GET /api/admin/orders')).toHaveLength(2));
    expect(api.sent('GET /api/admin/orders')[1].url.searchParams.get('number')).toBe('SH2026');
    expect(api.sent('GET /api/admin/orders')[1].url.searchParams.has('phone')).toBe(false);
  });

  it('shows an order with lines, tracking, refunds and history', async () => {
    stubApi({ 'GET /api/auth/me': adminSession, [`GET ${ORDER_PATH}`]: orderDetail() });
    await renderAdmin({ url: `/admin/orders/${ORDER_ID}`, language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Order SH202611290001' }, FIRST_RENDER)).toBeInTheDocument();
    const [tea, fungi] = screen.getAllByTestId('fulfilment');
    expect(tea).toHaveTextContent('Not shipped yet');
    expect(fungi).toHaveTextContent('顺丰 tracking number SF1234567890');
    expect(screen.getByTestId('order-refunds')).toHaveTextContent('Under-forest tea gift box · 250 g¥60.00一盒包装破损Refunded');
    expect(screen.getByTestId('order-history')).toHaveTextContent('Awaiting payment → Paid');
    expect(screen.getByTestId('order-refunded')).toHaveTextContent('¥60.00');
  });

  it('refunds a line: at most what is left on it, with a reason, in whole fen', async () => {
    const api = stubApi({
      'GET /api/auth/me': adminSession,
      [`GET ${ORDER_PATH}`]: orderDetail(),
      [`POST ${ORDER_PATH}/lines/${FUNGI_LINE}/refunds`]: order({ refundedFen: 11_000 }),
    });
    const user = userEvent.setup();
    await renderAdmin({ url: `/admin/orders/${ORDER_ID}` });
    const fungi = (await screen.findAllByTestId('fulfilment', {}, FIRST_RENDER))[1];
    await user.click(within(fungi).getByRole('button', { name: REFUND }));
    const dialog = await modalTitled('退款:鸡枞菌干 · 100 克');
    expect(dialog).toHaveTextContent('这一行金额 ¥100.00,还可退 ¥100.00。');
    const amount = within(dialog).getByLabelText('退款金额(元)');
    expect(amount).toHaveValue('100');

    await user.clear(amount);
    await user.type(amount, '100.01');
    await user.click(within(dialog).getByRole('button', { name: REFUND }));
    expect(await within(dialog).findByText('这一行最多还能退 ¥100.00。')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写原因。')).toBeInTheDocument();

    await user.clear(amount);
    await user.type(amount, '50.5');
    await user.type(within(dialog).getByLabelText('原因'), '买家收到一包受潮');
    await user.click(within(dialog).getByRole('button', { name: REFUND }));
    await waitFor(() => expect(api.sent(`POST ${ORDER_PATH}/lines/${FUNGI_LINE}/refunds`)).toHaveLength(1));
    expect(api.sent(`POST ${ORDER_PATH}/lines/${FUNGI_LINE}/refunds`)[0].body).toEqual({
      amountFen: 5_050,
      reason: '买家收到一包受潮',
    });
  });

  it('records an offline payment of the whole order and shows the API’s refusal', async () => {
    const api = stubApi({
      'GET /api/auth/me': adminSession,
      [`GET ${ORDER_PATH}`]: { ...orderDetail({ status: 'awaiting_payment', paymentStatus: 'unpaid', refundedFen: 0 }), refunds: [] },
      [`POST ${ORDER_PATH}/payments`]: failure(400, 'VALIDATION_FAILED', {
        message: 'The amount must equal the order total.',
      }),
    });
    const user = userEvent.setup();
    await renderAdmin({ url: `/admin/orders/${ORDER_ID}` });
    await user.click(await screen.findByRole('button', { name: '记录线下付款' }, FIRST_RENDER));
    const dialog = await modalTitled('记录线下付款');
    await user.type(within(dialog).getByLabelText('付款凭证号'), 'BANK-20261129-01');
    await user.click(within(dialog).getByRole('button', { name: '确认已收款' }));
    await waitFor(() => expect(api.sent(`POST ${ORDER_PATH}/payments`)).toHaveLength(1));
    expect(api.sent(`POST ${ORDER_PATH}/payments`)[0].body).toEqual({ reference: 'BANK-20261129-01', amountFen: 37_600 });
    expect(
      await within(dialog).findByText('提交的内容没有通过检查。 (The amount must equal the order total.)'),
    ).toBeInTheDocument();
  });
});

describe('users', { timeout: 60_000 }, () => {
  it('shows the API’s refusal when an admin changes their own role', async () => {
    const api = stubApi({
      'GET /api/auth/me': adminSession,
      'GET /api/admin/users': users,
      [`POST /api/admin/users/${adminSession.user.id}/role`]: failure(409, 'LAST_ADMIN'),
    });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/users', language: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Change role (you)' }, FIRST_RENDER));
    const dialog = await modalTitled('Change the role of admin@demo.shanhai.test');
    await user.click(within(dialog).getByLabelText('New role'));
    await user.click(await screen.findByTitle('Consumer'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('You cannot change your own role; ask another admin.')).toBeInTheDocument();
    expect(api.sent(`POST /api/admin/users/${adminSession.user.id}/role`)[0].body).toEqual({ role: 'consumer' });
  });
});

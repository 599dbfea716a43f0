import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { failure, stubApi } from '../../testing/stub-api';
import { FIRST_RENDER, memberSession, renderPortal, toShip } from '../testing/render-portal';
import { shipProblems } from './ship-form';

describe('shipProblems', () => {
  it('holds the ship request’s rules', () => {
    expect(shipProblems({ carrier: '顺丰速运', trackingNumber: 'SF1234567890' })).toEqual({});
    expect(shipProblems({ carrier: '  ', trackingNumber: '' })).toEqual({
      carrier: 'carrierRequired',
      trackingNumber: 'trackingRequired',
    });
    expect(shipProblems({ carrier: 'x'.repeat(41), trackingNumber: 'SF12' })).toEqual({
      carrier: 'carrierTooLong',
      trackingNumber: 'trackingFormat',
    });
    expect(shipProblems({ carrier: 'EMS', trackingNumber: 'SF 123 456' }).trackingNumber).toBe(
      'trackingFormat',
    );
    expect(shipProblems({ carrier: 'EMS', trackingNumber: ' EA-123456789-CN ' })).toEqual({});
  });
});

describe('marking a shipment shipped', { timeout: 60_000 }, () => {
  it('checks carrier and tracking number, then posts them to the fulfilment', async () => {
    const api = stubApi({
      'GET /api/auth/me': memberSession,
      'GET /api/co/orders': { items: [toShip], total: 1, page: 1, pageSize: 20 },
      [`POST /api/fulfilments/${toShip.id}/ship`]: { orderId: toShip.orderId },
    });
    const user = userEvent.setup();
    await renderPortal({ url: '/co/orders' });
    await screen.findByText('SH20261128-0042', {}, FIRST_RENDER);
    expect(api.sent('GET /api/co/orders')[0].url.searchParams.get('status')).toBe('to_ship');
    await user.click(screen.getByRole('button', { name: /^发 ?货$/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '确认发货' }));
    expect(await within(dialog).findByText('请填写快递公司')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写快递单号')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('combobox', { name: '快递公司' }), '顺丰速运');
    await user.type(within(dialog).getByRole('textbox', { name: '快递单号' }), 'SF 1234');
    await user.click(within(dialog).getByRole('button', { name: '确认发货' }));
    expect(await within(dialog).findByText('快递单号应为 6–40 位字母、数字或连字符')).toBeInTheDocument();
    expect(api.sent(`POST /api/fulfilments/${toShip.id}/ship`)).toHaveLength(0);

    await user.clear(within(dialog).getByRole('textbox', { name: '快递单号' }));
    await user.type(within(dialog).getByRole('textbox', { name: '快递单号' }), 'SF1234567890');
    await user.click(within(dialog).getByRole('button', { name: '确认发货' }));
    await waitFor(() => expect(api.sent(`POST /api/fulfilments/${toShip.id}/ship`)).toHaveLength(1));
    expect(api.sent(`POST /api/fulfilments/${toShip.id}/ship`)[0].body).toEqual({
      carrier: '顺丰速运',
      trackingNumber: 'SF1234567890',
    });
  });

  it('shows the API’s refusal in the dialog', async () => {
    stubApi({
      'GET /api/auth/me': memberSession,
      'GET /api/co/orders': { items: [toShip], total: 1, page: 1, pageSize: 20 },
      [`POST /api/fulfilments/${toShip.id}/ship`]: failure(409, 'INVALID_TRANSITION'),
    });
    const user = userEvent.setup();
    await renderPortal({ url: '/co/orders', language: 'en' });
    await screen.findByText('SH20261128-0042', {}, FIRST_RENDER);
    await user.click(screen.getByRole('button', { name: 'Ship' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('combobox', { name: 'Carrier' }), 'EMS');
    await user.type(within(dialog).getByRole('textbox', { name: 'Tracking number' }), 'EA123456789CN');
    await user.click(within(dialog).getByRole('button', { name: 'Mark shipped' }));
    expect(
      await within(dialog).findByText('That cannot be done in the current state; reload and try again.'),
    ).toBeInTheDocument();
  });
});

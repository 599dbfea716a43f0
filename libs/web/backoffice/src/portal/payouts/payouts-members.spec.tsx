import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MembersDto, PayoutsDto, PickListDto } from '@shanhai/shared/contracts';
import { stubApi } from '../../testing/stub-api';
import { FIRST_RENDER, memberSession, renderPortal, toShip } from '../testing/render-portal';

const payouts: PayoutsDto = {
  commissionBps: 500,
  months: [
    {
      month: '2026-11',
      orders: 12,
      salesFen: 345_600,
      shippingFen: 14_400,
      commissionFen: 17_280,
      refundsFen: 12_800,
      payoutFen: 329_920,
    },
  ],
};

const members: MembersDto = {
  members: [
    {
      id: 'u-1',
      email: memberSession.user.email,
      displayName: '浪洞菌菇园',
      createdAt: '2026-10-01T02:00:00.000Z',
    },
  ],
  invitations: [
    {
      id: '8c7b6a59-4837-4261-9f0e-d1c2b3a49586',
      email: 'helper@example.test',
      expiresAt: '2099-12-06T02:00:00.000Z',
      acceptedAt: null,
      revokedAt: null,
      createdAt: '2026-11-29T02:00:00.000Z',
    },
  ],
};

describe('payouts, members and the pick list', { timeout: 60_000 }, () => {
  it('shows each month’s sales, commission, refunds and payout to the fen', async () => {
    stubApi({ 'GET /api/auth/me': memberSession, 'GET /api/co/payouts': payouts });
    await renderPortal({ url: '/co/payouts' });
    const row = (await screen.findByRole('cell', { name: '2026-11' }, FIRST_RENDER)).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2026-11', '12', '¥3,456.00', '¥144.00', '¥172.80', '¥128.00', '¥3,299.20']);
    expect(screen.getByText('平台佣金比例:5.00%(按商品金额计)')).toBeInTheDocument();
  });

  it('invites by email and withdraws an open invitation', async () => {
    const api = stubApi({
      'GET /api/auth/me': memberSession,
      'GET /api/co/members': members,
      'POST /api/co/invitations': members.invitations[0],
      [`DELETE /api/co/invitations/${members.invitations[0].id}`]: () => ({}),
    });
    const user = userEvent.setup();
    await renderPortal({ url: '/co/members' });
    await screen.findByRole('cell', { name: 'helper@example.test' }, FIRST_RENDER);
    await user.type(screen.getByRole('textbox', { name: '电子邮箱' }), 'Helper@Example.test ');
    await user.click(screen.getByRole('button', { name: '发送邀请' }));
    await waitFor(() => expect(api.sent('POST /api/co/invitations')).toHaveLength(1));
    expect(api.sent('POST /api/co/invitations')[0].body).toEqual({ email: 'Helper@Example.test' });

    await user.click(screen.getByRole('button', { name: /^撤 ?回$/ }));
    const confirm = await screen.findByText('撤回发给 helper@example.test 的邀请?');
    await user.click(
      within(confirm.closest('.ant-popover') as HTMLElement).getByRole('button', { name: /^撤 ?回$/ }),
    );
    await waitFor(() =>
      expect(api.sent(`DELETE /api/co/invitations/${members.invitations[0].id}`)).toHaveLength(1),
    );
  });

  it('prints the pick-and-pack list', async () => {
    const pickList: PickListDto = {
      generatedAt: '2026-11-29T02:00:00.000Z',
      picks: [
        {
          sku: 'LD-JZ-250',
          name: toShip.lines[0].name,
          variantLabel: toShip.lines[0].variantLabel,
          quantity: 2,
        },
      ],
      parcels: [toShip],
    };
    stubApi({ 'GET /api/auth/me': memberSession, 'GET /api/co/orders/pick-list': pickList });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await renderPortal({ url: '/co/orders/pick-list' });
    expect(
      await screen.findByRole('heading', { level: 3, name: 'SH20261128-0042' }, FIRST_RENDER),
    ).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '鸡枞菌干 · 250 克' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /打印/ }));
    expect(print).toHaveBeenCalledOnce();
  });
});

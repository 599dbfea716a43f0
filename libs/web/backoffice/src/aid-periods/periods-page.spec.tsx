import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AidAdjustmentDto, AidPeriodDto } from '@shanhai/shared/contracts';
import { adminSession } from '../testing/fixtures';
import { FIRST_RENDER, renderAdmin } from '../testing/render-admin';
import { failure, Reply, stubApi } from '../testing/stub-api';

const closedSeptember: AidPeriodDto = {
  period: '2026-09',
  closedAt: '2026-10-03T02:00:00.000Z',
  closedBy: '5f0c1d2e-0000-4000-8000-000000000001',
};

const adjustment: AidAdjustmentDto = {
  id: '42',
  kind: 'adjustment',
  occurredOn: '2026-11-29',
  period: '2026-11',
  channel: 'exhibition_centre',
  amountFen: -128050,
  reason: 'a group purchase counted twice in September',
  sourceRef: 'adjustment:42',
  categorySlug: null,
  townshipSlug: null,
  villageSlug: null,
  cooperativeId: null,
};

describe('the periods page', { timeout: 60_000 }, () => {
  it('lists the closed months and closes a chosen ended month after a confirmation', async () => {
    const api = stubApi({
      'GET /api/auth/me': adminSession,
      'GET /api/aid/periods': [closedSeptember],
      'POST /api/aid/periods/2026-10/close': { ...closedSeptember, period: '2026-10' },
    });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid/periods' });
    const list = await screen.findByTestId('closed-months', {}, FIRST_RENDER);
    expect(await within(list).findByText('2026-09')).toBeInTheDocument();

    const close = screen.getByTestId('close-month');
    const button = within(close).getByRole('button', { name: /结\s*账/ });
    expect(button).toBeDisabled();
    await user.click(within(close).getByRole('combobox', { name: '要结账的月份' }));
    const options = await screen.findAllByRole('option');
    // ended months only, latest first; September is closed already
    expect(options.map((o) => o.textContent)).not.toContain('2026-09');
    await user.click(screen.getByTitle('2026-10'));
    await user.click(within(close).getByRole('button', { name: /结\s*账/ }));
    await user.click(await screen.findByRole('button', { name: /确定结账/ }));
    await waitFor(() => expect(api.sent('POST /api/aid/periods/2026-10/close')).toHaveLength(1));
  });

  it('checks the adjustment before sending, then sends the amount in fen and says where it went', async () => {
    const api = stubApi({
      'GET /api/auth/me': adminSession,
      'GET /api/aid/periods': [],
      'POST /api/aid/adjustments': new Reply(201, adjustment),
    });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid/periods', language: 'en' });
    const form = await screen.findByTestId('adjustment-form', {}, FIRST_RENDER);
    await user.type(within(form).getByLabelText('Amount (yuan)'), '12.345');
    await user.click(within(form).getByRole('button', { name: 'Record the adjustment' }));
    expect(
      await within(form).findByText(
        'The amount is in yuan with at most two decimals, such as 1280.50 or -35.',
      ),
    ).toBeInTheDocument();
    expect(within(form).getByText('Say why.')).toBeInTheDocument();
    expect(within(form).getByText('Choose a channel.')).toBeInTheDocument();
    expect(api.sent('POST /api/aid/adjustments')).toEqual([]);

    await user.clear(within(form).getByLabelText('Amount (yuan)'));
    await user.type(within(form).getByLabelText('Amount (yuan)'), '-1280.50');
    await user.type(within(form).getByLabelText('Reason'), adjustment.reason);
    await user.click(within(form).getByRole('combobox', { name: 'Channel' }));
    await user.click(await screen.findByTitle('“Phoenix up the Mountain” exhibition and sales centre'));
    await user.click(within(form).getByRole('button', { name: 'Record the adjustment' }));
    await waitFor(() => expect(api.sent('POST /api/aid/adjustments')).toHaveLength(1));
    expect(api.sent('POST /api/aid/adjustments')[0].body).toEqual({
      amountFen: -128050,
      reason: adjustment.reason,
      channel: 'exhibition_centre',
    });
    expect(await screen.findByText('Adjustment of -¥1,280.50 recorded in 2026-11.')).toBeInTheDocument();
  });

  it('shows the API’s refusal of a closed month', async () => {
    stubApi({
      'GET /api/auth/me': adminSession,
      'GET /api/aid/periods': [],
      'POST /api/aid/adjustments': failure(409, 'PERIOD_CLOSED'),
    });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid/periods' });
    const form = await screen.findByTestId('adjustment-form', {}, FIRST_RENDER);
    await user.type(within(form).getByLabelText('金额(元)'), '35');
    await user.type(within(form).getByLabelText('原因'), '十月漏记的一笔机关采购');
    await user.click(within(form).getByRole('combobox', { name: '渠道' }));
    await user.click(await screen.findByTitle('机关单位采购'));
    await user.click(within(form).getByRole('button', { name: /记入调整/ }));
    expect(await within(form).findByText('该月份已结账,不能再记入。')).toBeInTheDocument();
  });
});

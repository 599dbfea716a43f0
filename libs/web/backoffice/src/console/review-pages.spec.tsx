import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProductQueueItemDto } from '@shanhai/shared/contracts';
import { adminSession } from '../testing/fixtures';
import { FIRST_RENDER, renderAdmin } from '../testing/render-admin';
import { failure, stubApi } from '../testing/stub-api';
import { modalTitled } from './console-spec-helpers';
import { application } from './console-fixtures';

// Ant Design spaces out a two-character Chinese button label: 驳 回
const REJECT = /^驳\s?回$/;

const detailPath = `/api/admin/cooperatives/${application.id}`;

const product: ProductQueueItemDto = {
  id: '2b3c4d5e-5555-4eee-8fff-000000000006',
  slug: 'tea-gift',
  name: { zh: '林下有机茶礼盒', en: 'Under-forest tea gift box' },
  description: { zh: '明前采摘。', en: 'Picked before Qingming.' },
  cooperative: { slug: 'lebainian-health', name: { zh: '乐百年', en: 'Lebainian' } },
  categorySlug: 'tea',
  status: 'draft',
  reviewStatus: 'pending',
  reviewReason: null,
  variants: [{ sku: 'TEA-GIFT-250', label: { zh: '250 克', en: '250 g' }, priceFen: 12_800 }],
  imageUrls: ['/media/tea-1.webp', '/media/tea-2.webp'],
  updatedAt: '2026-11-28T02:00:00.000Z',
};

describe('the review queues', { timeout: 60_000 }, () => {
  it('shows an application in full and will not reject it without a reason', async () => {
    const api = stubApi({
      'GET /api/auth/me': adminSession,
      'GET /api/admin/cooperatives': [application],
      [`GET ${detailPath}`]: application,
      [`POST ${detailPath}/reject`]: { ...application, status: 'rejected', statusReason: '信用代码与营业执照不符' },
    });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/cooperatives' });
    await user.click(await screen.findByRole('button', { name: '平西坝茶叶专业合作社' }, FIRST_RENDER));

    const detail = await screen.findByTestId('cooperative-detail');
    expect(detail).toHaveTextContent('93522622MA6DEMO01X');
    expect(detail).toHaveTextContent('旧州镇 · 平西坝村');
    expect(detail).toHaveTextContent('杨示例 · 13800000001 · pingxiba-tea@demo.shanhai.test');
    expect(detail).toHaveTextContent('42 户 / 156 人');
    expect(detail).toHaveTextContent('农产品收购 保底价收购鲜叶');
    expect(detail).toHaveTextContent('村里的林下茶园');

    await user.click(within(detail).getByRole('button', { name: REJECT }));
    const dialog = await modalTitled('驳回入驻申请');
    await user.click(within(dialog).getByRole('button', { name: REJECT }));
    expect(await within(dialog).findByText('请填写原因。')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('原因'), '否');
    await user.click(within(dialog).getByRole('button', { name: REJECT }));
    expect(await within(dialog).findByText('原因至少 3 个字。')).toBeInTheDocument();
    expect(api.sent(`POST ${detailPath}/reject`)).toEqual([]);

    await user.clear(within(dialog).getByLabelText('原因'));
    await user.type(within(dialog).getByLabelText('原因'), ' 信用代码与营业执照不符 ');
    await user.click(within(dialog).getByRole('button', { name: REJECT }));
    await waitFor(() => expect(api.sent(`POST ${detailPath}/reject`)).toHaveLength(1));
    expect(api.sent(`POST ${detailPath}/reject`)[0].body).toEqual({ reason: '信用代码与营业执照不符' });
  });

  it('shows the commission in % and sets it in basis points', async () => {
    const approved = { ...application, status: 'approved' as const, commissionBps: 500 };
    const api = stubApi({
      'GET /api/auth/me': adminSession,
      'GET /api/admin/cooperatives': [approved],
      [`GET ${detailPath}`]: approved,
      [`POST ${detailPath}/commission`]: { ...approved, commissionBps: 250 },
    });
    const user = userEvent.setup();
    await renderAdmin({ url: `/admin/cooperatives?status=approved&open=${application.id}`, language: 'en' });
    const form = await screen.findByTestId('commission-form', {}, FIRST_RENDER);
    const input = within(form).getByLabelText('Platform commission (%)');
    expect(input).toHaveValue('5');
    expect(form).toHaveTextContent('Now 5 % (500 basis points).');

    await user.clear(input);
    await user.type(input, '60');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText(/Enter a percentage from 0 to 50/)).toBeInTheDocument();
    expect(api.sent(`POST ${detailPath}/commission`)).toEqual([]);

    await user.clear(input);
    await user.type(input, '2.5');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.sent(`POST ${detailPath}/commission`)).toHaveLength(1));
    expect(api.sent(`POST ${detailPath}/commission`)[0].body).toEqual({ commissionBps: 250 });
  });

  it('lists products waiting with photos and variants, and shows the API’s refusal', async () => {
    const api = stubApi({
      'GET /api/auth/me': adminSession,
      'GET /api/admin/products': [product],
      [`POST /api/admin/products/${product.id}/reject`]: failure(409, 'INVALID_TRANSITION', {
        message: 'This product is already rejected.',
      }),
    });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/products' });
    const card = await screen.findByTestId('product-review', {}, FIRST_RENDER);
    expect(within(card).getAllByRole('img', { name: /林下有机茶礼盒 的第 \d 张图片/ })).toHaveLength(2);
    expect(card).toHaveTextContent('TEA-GIFT-250250 克¥128.00');
    expect(api.sent('GET /api/admin/products')[0].url.searchParams.get('review')).toBe('pending');

    await user.click(within(card).getByRole('button', { name: REJECT }));
    const dialog = await modalTitled('驳回商品“林下有机茶礼盒”');
    await user.type(within(dialog).getByLabelText('原因'), '图片不是实物拍摄');
    await user.click(within(dialog).getByRole('button', { name: REJECT }));
    expect(
      await within(dialog).findByText('当前状态下不能这样操作,页面已显示最新状态。 (This product is already rejected.)'),
    ).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PortalProductDto, StockMovementDto } from '@shanhai/shared/contracts';
import { catalogueRoutes } from '../../testing/fixtures';
import { failure, stubApi } from '../../testing/stub-api';
import { choose, FIRST_RENDER, memberSession, renderPortal } from '../testing/render-portal';

const PRODUCT_ID = '2f1e0d9c-8b7a-4695-8483-72615f4e3d2c';
const VARIANT_ID = '5b4a3928-1706-4f5e-8d4c-3b2a19080706';

const product: PortalProductDto = {
  id: PRODUCT_ID,
  slug: 'dried-termite-mushroom',
  name: { zh: '鸡枞菌干', en: 'Dried termite mushroom' },
  description: { zh: '', en: '' },
  categorySlug: 'fungi',
  villageSlug: 'hekou',
  status: 'active',
  reviewStatus: 'approved',
  reviewReason: null,
  variants: [
    {
      id: VARIANT_ID,
      sku: 'LD-JZ-250',
      label: { zh: '250 克', en: '250 g' },
      priceFen: 12_800,
      available: 5,
      shippingWeightGrams: 300,
      sortOrder: 0,
    },
  ],
  images: [],
  aidCertified: false,
  createdAt: '2026-11-29T02:00:00.000Z',
  updatedAt: '2026-11-29T02:00:00.000Z',
};

const movement: StockMovementDto = {
  id: 'm-1',
  variantId: VARIANT_ID,
  sku: 'LD-JZ-250',
  delta: -2,
  reason: 'damaged',
  note: '运输压坏',
  availableAfter: 3,
  actorUserId: memberSession.user.id,
  at: '2026-11-29T03:00:00.000Z',
};

describe('a product’s page', { timeout: 60_000 }, () => {
  it('shows the API’s message when a photo is refused as too large (413)', async () => {
    const api = stubApi({
      'GET /api/auth/me': memberSession,
      ...catalogueRoutes,
      [`GET /api/co/products/${PRODUCT_ID}`]: product,
      'GET /api/co/stock-movements': [],
      [`POST /api/co/products/${PRODUCT_ID}/images`]: failure(413, 'FILE_TOO_LARGE', {
        fields: { file: ['must be at most 8 MiB'] },
      }),
    });
    const user = userEvent.setup();
    await renderPortal({ url: `/co/products/${PRODUCT_ID}` });
    await screen.findByRole('heading', { level: 1, name: '鸡枞菌干' }, FIRST_RENDER);
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File([new Uint8Array(16)], 'big.jpg', { type: 'image/jpeg' }));
    expect(await screen.findByTestId('photo-error')).toHaveTextContent('文件太大,单张图片不超过 8 MB。');
    const [sent] = api.sent(`POST /api/co/products/${PRODUCT_ID}/images`);
    expect((sent.form?.get('file') as File | null)?.name).toBe('big.jpg');
  });

  it('changes stock with a reason, refusing below zero before sending; lists the movements', async () => {
    const api = stubApi({
      'GET /api/auth/me': memberSession,
      ...catalogueRoutes,
      [`GET /api/co/products/${PRODUCT_ID}`]: product,
      'GET /api/co/stock-movements': [movement],
      [`POST /api/co/variants/${VARIANT_ID}/stock`]: {
        ...movement,
        id: 'm-2',
        delta: 20,
        reason: 'restock',
        note: null,
        availableAfter: 25,
      },
    });
    const user = userEvent.setup();
    await renderPortal({ url: `/co/products/${PRODUCT_ID}` });
    await screen.findByRole('heading', { level: 1, name: '鸡枞菌干' }, FIRST_RENDER);
    expect(await screen.findByRole('cell', { name: '运输压坏' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '-2' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '调整库存' }));
    const dialog = await screen.findByRole('dialog');
    const delta = within(dialog).getByRole('spinbutton', { name: '变动数量' });
    await user.type(delta, '-6');
    await choose(user, '原因', '补货');
    await user.click(within(dialog).getByRole('button', { name: /^保 ?存$/ }));
    expect(await within(dialog).findByText('库存不能少于 0(当前 5)')).toBeInTheDocument();
    expect(api.sent(`POST /api/co/variants/${VARIANT_ID}/stock`)).toHaveLength(0);

    await user.clear(delta);
    await user.type(delta, '20');
    await user.click(within(dialog).getByRole('button', { name: /^保 ?存$/ }));
    await waitFor(() => expect(api.sent(`POST /api/co/variants/${VARIANT_ID}/stock`)).toHaveLength(1));
    expect(api.sent(`POST /api/co/variants/${VARIANT_ID}/stock`)[0].body).toEqual({
      delta: 20,
      reason: 'restock',
    });
  });
  it('adds a second weight grade, its price in exact fen, and refuses a bad price before sending', async () => {
    const withTwo: PortalProductDto = {
      ...product,
      variants: [
        ...product.variants,
        {
          ...product.variants[0],
          id: 'v-2',
          sku: 'LD-JZ-500',
          label: { zh: '500 克', en: '500 g' },
          priceFen: 23_850,
          available: 0,
          sortOrder: 1,
        },
      ],
    };
    const api = stubApi({
      'GET /api/auth/me': memberSession,
      ...catalogueRoutes,
      [`GET /api/co/products/${PRODUCT_ID}`]: product,
      'GET /api/co/stock-movements': [],
      [`POST /api/co/products/${PRODUCT_ID}/variants`]: withTwo,
    });
    const user = userEvent.setup();
    await renderPortal({ url: `/co/products/${PRODUCT_ID}` });
    await screen.findByRole('heading', { level: 1, name: '鸡枞菌干' }, FIRST_RENDER);
    await user.click(screen.getByRole('button', { name: '添加规格' }));
    const dialog = await screen.findByRole('dialog', { name: '添加规格' });
    await user.type(within(dialog).getByLabelText('规格名称(中文)'), '500 克');
    await user.type(within(dialog).getByLabelText('规格名称(英文)'), '500 g');
    await user.type(within(dialog).getByLabelText('价格(元)'), '238.505');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('价格(元)')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(api.sent(`POST /api/co/products/${PRODUCT_ID}/variants`)).toEqual([]);
    await user.clear(within(dialog).getByLabelText('价格(元)'));
    await user.type(within(dialog).getByLabelText('价格(元)'), '238.50');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(api.sent(`POST /api/co/products/${PRODUCT_ID}/variants`)).toHaveLength(1));
    expect(api.sent(`POST /api/co/products/${PRODUCT_ID}/variants`)[0].body).toEqual({
      labelZh: '500 克',
      labelEn: '500 g',
      priceFen: 23_850,
      shippingWeightGrams: 0,
    });
  });
});

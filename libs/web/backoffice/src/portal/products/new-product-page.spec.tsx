import { screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PortalProductDto, ProductCreateRequest } from '@shanhai/shared/contracts';
import { catalogueRoutes } from '../../testing/fixtures';
import { failure, stubApi, type SentRequest } from '../../testing/stub-api';
import { choose, currentLocation, FIRST_RENDER, memberSession, renderPortal } from '../testing/render-portal';

const PRODUCT_ID = '2f1e0d9c-8b7a-4695-8483-72615f4e3d2c';

function created(request: ProductCreateRequest): PortalProductDto {
  return {
    id: PRODUCT_ID,
    slug: 'dried-termite-mushroom',
    name: { zh: request.nameZh, en: request.nameEn },
    description: { zh: request.descriptionZh ?? '', en: request.descriptionEn ?? '' },
    categorySlug: request.categorySlug,
    villageSlug: request.villageSlug,
    status: 'draft',
    reviewStatus: 'pending',
    reviewReason: null,
    variants: request.variants.map((v, i) => ({
      id: `0000000${i}-0000-4000-8000-000000000000`,
      sku: `LD-${i}`,
      label: { zh: v.labelZh, en: v.labelEn ?? '' },
      priceFen: v.priceFen,
      available: 0,
      shippingWeightGrams: v.shippingWeightGrams ?? 0,
      sortOrder: i,
    })),
    images: [],
    aidCertified: false,
    createdAt: '2026-11-29T02:00:00.000Z',
    updatedAt: '2026-11-29T02:00:00.000Z',
  };
}

async function fillProduct(user: UserEvent) {
  await user.type(screen.getByRole('textbox', { name: '商品名称(中文)' }), '鸡枞菌干');
  await user.type(screen.getByRole('textbox', { name: '商品名称(英文)' }), 'Dried termite mushroom');
  await choose(user, '品类', '食用菌');
  await choose(user, '产地乡镇', '浪洞镇');
  await choose(user, '产地村', '河口村');
  await user.type(screen.getByRole('textbox', { name: '规格 1 名称(中文)' }), '250 克');
}

describe('creating a product', { timeout: 60_000 }, () => {
  it('sends each variant’s price in whole fen, exactly as typed in yuan', async () => {
    let product: PortalProductDto | null = null;
    const api = stubApi({
      'GET /api/auth/me': memberSession,
      ...catalogueRoutes,
      'POST /api/co/products': (request: SentRequest) => {
        product = created(request.body as ProductCreateRequest);
        return product;
      },
      [`GET /api/co/products/${PRODUCT_ID}`]: () => product ?? failure(404, 'PRODUCT_NOT_FOUND'),
      'GET /api/co/stock-movements': [],
    });
    const user = userEvent.setup();
    await renderPortal({ url: '/co/products/new' });
    await screen.findByRole('heading', { level: 1, name: '新建商品' }, FIRST_RENDER);
    await fillProduct(user);
    await user.type(screen.getByRole('textbox', { name: '规格 1 价格(元)' }), '19.99');
    await user.type(screen.getByRole('spinbutton', { name: '规格 1 重量(克)' }), '300');
    await user.click(screen.getByRole('button', { name: /添加规格/ }));
    await user.type(screen.getByRole('textbox', { name: '规格 2 名称(中文)' }), '500 克');
    await user.type(screen.getByRole('textbox', { name: '规格 2 价格(元)' }), '¥1,280.5');
    await user.click(screen.getByRole('button', { name: '创建并提交审核' }));

    await waitFor(() => expect(currentLocation()).toBe(`/co/products/${PRODUCT_ID}`));
    const [sent] = api.sent('POST /api/co/products');
    expect(sent.body).toEqual({
      nameZh: '鸡枞菌干',
      nameEn: 'Dried termite mushroom',
      categorySlug: 'fungi',
      villageSlug: 'hekou',
      descriptionZh: '',
      descriptionEn: '',
      variants: [
        { labelZh: '250 克', labelEn: '', priceFen: 1_999, shippingWeightGrams: 300 },
        { labelZh: '500 克', labelEn: '', priceFen: 128_050, shippingWeightGrams: 0 },
      ],
    });
    // the product page shows the price back in yuan
    expect(await screen.findByText('¥19.99')).toBeInTheDocument();
  });

  it('says what is wrong with a price before sending, and shows the API’s price problem on its field', async () => {
    const api = stubApi({
      'GET /api/auth/me': memberSession,
      ...catalogueRoutes,
      'POST /api/co/products': failure(400, 'VALIDATION_FAILED', {
        fields: { 'variants.0.priceFen': ['must be at most 100000000'] },
      }),
    });
    const user = userEvent.setup();
    await renderPortal({ url: '/co/products/new' });
    await screen.findByRole('heading', { level: 1, name: '新建商品' }, FIRST_RENDER);
    await fillProduct(user);
    const price = screen.getByRole('textbox', { name: '规格 1 价格(元)' });
    await user.type(price, '12.345');
    await user.click(screen.getByRole('button', { name: '创建并提交审核' }));
    expect(
      await screen.findByText('请填写以元为单位的价格,最多两位小数,如 128 或 128.50'),
    ).toBeInTheDocument();
    expect(api.sent('POST /api/co/products')).toHaveLength(0);

    await user.clear(price);
    await user.type(price, '999999');
    await user.click(screen.getByRole('button', { name: '创建并提交审核' }));
    expect(await screen.findByText('must be at most 100000000')).toBeInTheDocument();
    expect(api.sent('POST /api/co/products')).toHaveLength(1);
  });
});

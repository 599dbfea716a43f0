import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_QUANTITY as CONTRACT_MAX_LINE_QUANTITY, type CartDto } from '@shanhai/shared/contracts';
import { teaDetail } from '../testing/fixtures';
import { currentLocation, renderApp } from '../testing/render-app';
import { ApiFailure, sentBodies, stubApi } from '../testing/stub-api';
import { MAX_LINE_QUANTITY } from './add-to-cart';

const emptyCart: CartDto = {
  lines: [],
  shipments: [],
  itemsFen: 0,
  shippingFen: 0,
  totalFen: 0,
  ready: true,
};

/** The cart the API answers after adding `quantity` of the tea's `sku`. */
function cartWith(sku: string, quantity: number): CartDto {
  const variant = teaDetail.variants.find((v) => v.sku === sku)!;
  const itemsFen = variant.priceFen * quantity;
  return {
    lines: [
      {
        sku,
        productSlug: teaDetail.slug,
        name: teaDetail.name,
        variantLabel: variant.label,
        cooperative: { slug: teaDetail.cooperative.slug, name: teaDetail.cooperative.name },
        imageUrl: teaDetail.coverImageUrl,
        quantity,
        unitPriceFen: variant.priceFen,
        addedAtPriceFen: variant.priceFen,
        available: variant.available,
        lineTotalFen: itemsFen,
        problem: null,
      },
    ],
    shipments: [
      {
        cooperative: { slug: teaDetail.cooperative.slug, name: teaDetail.cooperative.name },
        itemsFen,
        shippingFen: 0,
        freeShippingOverFen: null,
      },
    ],
    itemsFen,
    shippingFen: 0,
    totalFen: itemsFen,
    ready: true,
  };
}

const priceBox = () =>
  screen.getByText('选择规格').closest('fieldset')!.previousElementSibling?.previousElementSibling;

describe('product page', () => {
  it('shows the product, its origin, cooperative and certificate', async () => {
    stubApi({ '/api/products/louyang-organic-tea': teaDetail });
    await renderApp({ url: '/products/louyang-organic-tea' });

    expect(await screen.findByRole('heading', { level: 1, name: '溇阳湖林下有机茶' })).toBeInTheDocument();
    expect(screen.getByText('Louyang Lake Under-forest Organic Tea')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('img', { name: '茶园' })).toHaveAttribute('src', '/media/tea-1');
    expect(screen.getByRole('link', { name: '溇阳湖茶叶合作社' })).toHaveAttribute(
      'href',
      '/cooperatives/louyang-tea',
    );
    expect(screen.getByText('旧州镇 · 平西坝村')).toBeInTheDocument();
    expect(screen.getByText('明前采摘。')).toBeInTheDocument();
    expect(screen.getByText('FP-522622-2026-0012')).toBeInTheDocument();
    expect(screen.getByText('黄平县农业农村局')).toBeInTheDocument();
    expect(screen.getByText('2026年1月1日 至 2099年12月31日')).toBeInTheDocument();
    expect(screen.getByTestId('certificate-status')).toHaveTextContent('今日有效');
  });

  it('shows the chosen variant’s price and stock; sold-out variants are disabled and labelled', async () => {
    const user = userEvent.setup();
    stubApi({ '/api/products/louyang-organic-tea': teaDetail });
    await renderApp({ url: '/products/louyang-organic-tea' });
    await screen.findByRole('heading', { level: 1 });

    const options = screen.getAllByTestId('variant-option');
    expect(options).toHaveLength(3);
    const [small, box, bag] = screen.getAllByRole('radio');
    expect(small).toBeChecked();
    expect(bag).toBeDisabled();
    expect(within(options[2]).getByText('缺货')).toBeInTheDocument();
    expect(small).toBeEnabled();

    expect(priceBox()).toHaveTextContent('¥128.00');
    expect(priceBox()).toHaveTextContent('有货');

    await user.click(screen.getByRole('radio', { name: /100 克礼盒/ }));
    expect(box).toBeChecked();
    expect(priceBox()).toHaveTextContent('¥238.00');
    expect(priceBox()).toHaveTextContent('仅剩 3 件');

    // Keyboard: arrow keys move within the group and skip the disabled variant.
    await user.keyboard('{ArrowUp}');
    expect(small).toBeChecked();
    expect(priceBox()).toHaveTextContent('¥128.00');

    await user.click(bag);
    expect(bag).not.toBeChecked();
    expect(priceBox()).not.toHaveTextContent('¥458.00');

    expect(screen.getByTestId('add-to-cart')).toBeEnabled();
  });

  it('adds the chosen variant and quantity to the cart, says so with a link to it, and updates the header', async () => {
    const user = userEvent.setup();
    const fetchMock = stubApi({
      '/api/products/louyang-organic-tea': teaDetail,
      '/api/cart': emptyCart,
      '/api/cart/lines': cartWith('TEA-100', 3),
    });
    await renderApp({ url: '/products/louyang-organic-tea' });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByTestId('cart-link')).toHaveAccessibleName('购物车,0 件商品');

    await user.click(screen.getByRole('radio', { name: /100 克礼盒/ }));
    const quantity = screen.getByLabelText('数量');
    expect(quantity).toHaveValue(1);
    expect(screen.getByRole('button', { name: '减少数量' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '增加数量' }));
    await user.click(screen.getByRole('button', { name: '增加数量' }));
    expect(quantity).toHaveValue(3);
    // Only 3 of the gift box are left.
    expect(screen.getByRole('button', { name: '增加数量' })).toBeDisabled();

    await user.click(screen.getByTestId('add-to-cart'));
    expect(await screen.findByText('已加入购物车(3 件)。')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', '/api/cart/lines')).toEqual([{ sku: 'TEA-100', quantity: 3 }]);
    expect(screen.getByTestId('cart-link')).toHaveAccessibleName('购物车,3 件商品');
    expect(screen.getByTestId('cart-link')).toHaveTextContent('购物车3');

    await user.click(screen.getByRole('link', { name: '去购物车结算' }));
    expect(currentLocation()).toBe('/cart');
  });

  it('shows a translated error when adding fails', async () => {
    const user = userEvent.setup();
    stubApi({
      '/api/products/louyang-organic-tea': teaDetail,
      '/api/cart': emptyCart,
      '/api/cart/lines': new ApiFailure(404, {
        statusCode: 404,
        code: 'SKU_NOT_FOUND',
        message: 'no TEA-50',
      }),
    });
    await renderApp({ url: '/products/louyang-organic-tea' });
    await user.click(await screen.findByTestId('add-to-cart'));
    expect(await screen.findByRole('alert')).toHaveTextContent('这个规格已不存在,请刷新页面后重新选择。');
    expect(screen.queryByText(/已加入购物车/)).not.toBeInTheDocument();
  });

  it('keeps the quantity limit of the contract', () => {
    expect(MAX_LINE_QUANTITY).toBe(CONTRACT_MAX_LINE_QUANTITY);
  });

  it('says so when every variant is sold out', async () => {
    stubApi({
      '/api/products/louyang-organic-tea': {
        ...teaDetail,
        inStock: false,
        variants: teaDetail.variants.map((v) => ({ ...v, available: 0 })),
      },
    });
    await renderApp({ url: '/products/louyang-organic-tea' });
    expect(await screen.findByText('全部规格暂时缺货')).toBeInTheDocument();
    expect(screen.getByText('¥128.00 – ¥238.00')).toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.getByTestId('add-to-cart')).toBeDisabled();
    expect(screen.getByTestId('add-to-cart')).toHaveAccessibleDescription('该规格暂时缺货,无法购买。');
    expect(screen.getByLabelText('数量')).toBeDisabled();
  });

  it('shows an expired or revoked certificate as such', async () => {
    stubApi({
      '/api/products/louyang-organic-tea': {
        ...teaDetail,
        aidCertified: false,
        certificate: {
          ...teaDetail.certificate!,
          validFrom: '2019-01-01',
          validTo: '2020-12-31',
          validToday: false,
        },
      },
    });
    await renderApp({ url: '/products/louyang-organic-tea' });
    expect(await screen.findByTestId('certificate-status')).toHaveTextContent('已过期');
    expect(screen.queryByText('消费帮扶认定', { selector: '.badge--aid' })).not.toBeInTheDocument();
  });

  it('shows a translated not-found state for an unknown slug, without a pointless retry', async () => {
    stubApi({
      '/api/products/no-such-tea': new ApiFailure(404, {
        statusCode: 404,
        code: 'PRODUCT_NOT_FOUND',
        message: 'Product no-such-tea not found',
      }),
    });
    await renderApp({ url: '/products/no-such-tea' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('商品不存在');
    expect(alert).toHaveTextContent('找不到这件商品,它可能已经下架。');
    expect(alert).not.toHaveTextContent('Product no-such-tea not found');
    expect(within(alert).queryByRole('button', { name: '重试' })).not.toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: '返回商品列表' })).toHaveAttribute('href', '/products');
  });

  it('shows the not-found state in English too', async () => {
    stubApi({
      '/api/products/no-such-tea': new ApiFailure(404, {
        statusCode: 404,
        code: 'PRODUCT_NOT_FOUND',
        message: 'x',
      }),
    });
    await renderApp({ url: '/products/no-such-tea', language: 'en' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Product not found');
    expect(alert).toHaveTextContent('This product could not be found. It may have been taken off sale.');
  });
});

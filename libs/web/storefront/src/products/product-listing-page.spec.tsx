import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  categories,
  cooperatives,
  mushroomProduct,
  productPage,
  teaProduct,
  townships,
} from '../testing/fixtures';
import { currentLocation, renderApp } from '../testing/render-app';
import { ApiFailure, requestedUrls, stubApi } from '../testing/stub-api';

const lookups = {
  '/api/categories': categories,
  '/api/townships': townships,
  '/api/cooperatives': cooperatives,
};

describe('product listing page', () => {
  it('reads the filters from the URL, asks the API for them and shows the cards and the total', async () => {
    const fetchMock = stubApi({
      ...lookups,
      '/api/products': productPage([teaProduct, mushroomProduct], 26),
    });
    await renderApp({ url: '/products?category=tea&certified=true&sort=price_asc&page=2&minPriceFen=5000' });

    const cards = await screen.findAllByTestId('product-card');
    expect(cards).toHaveLength(2);
    expect(screen.getByText('共 26 件商品')).toBeInTheDocument();

    const [request] = requestedUrls(fetchMock, '/api/products');
    expect(Object.fromEntries(request.searchParams)).toEqual({
      category: 'tea',
      minPriceFen: '5000',
      certified: 'true',
      sort: 'price_asc',
      page: '2',
      pageSize: '24',
    });

    // The form shows what the URL says.
    await waitFor(() => expect(screen.getByLabelText('分类')).toHaveValue('tea'));
    expect(screen.getByLabelText('只看消费帮扶认定商品')).toBeChecked();
    expect(screen.getByLabelText('排序')).toHaveValue('price_asc');
    expect(screen.getByLabelText('最低价')).toHaveValue('50');

    // A card: name, cooperative and township, price range, badge; the second is out of stock.
    const tea = within(cards[0]);
    expect(tea.getByRole('heading', { name: '溇阳湖林下有机茶' })).toBeInTheDocument();
    expect(tea.getByRole('img', { name: '溇阳湖林下有机茶' })).toHaveAttribute('src', '/media/tea-cover');
    expect(tea.getByText('溇阳湖茶叶合作社 · 旧州镇')).toBeInTheDocument();
    expect(tea.getByText('¥128.00 – ¥238.00')).toBeInTheDocument();
    expect(tea.getByText('消费帮扶认定')).toBeInTheDocument();
    expect(tea.getByRole('link', { name: /溇阳湖林下有机茶/ })).toHaveAttribute(
      'href',
      '/products/louyang-organic-tea',
    );
    const mushroom = within(cards[1]);
    expect(mushroom.getByText('缺货')).toBeInTheDocument();
    expect(mushroom.getByText('¥88.00')).toBeInTheDocument();
    expect(mushroom.queryByText('消费帮扶认定')).not.toBeInTheDocument();
  });

  it('writes a changed filter into the URL, back to page 1, and fetches again', async () => {
    const user = userEvent.setup();
    const fetchMock = stubApi({ ...lookups, '/api/products': productPage([teaProduct], 60) });
    await renderApp({ url: '/products?category=tea&page=2' });
    await screen.findAllByTestId('product-card');
    await waitFor(() => expect(screen.getByRole('option', { name: '浪洞镇' })).toBeInTheDocument());

    await user.selectOptions(screen.getByLabelText('乡镇'), 'langdong');
    expect(currentLocation()).toBe('/products?category=tea&township=langdong');
    await waitFor(() =>
      expect(requestedUrls(fetchMock, '/api/products').at(-1)?.searchParams.get('township')).toBe('langdong'),
    );

    await user.type(screen.getByLabelText('最低价'), '12.5');
    await user.type(screen.getByLabelText('最高价'), '300');
    await user.click(screen.getByRole('button', { name: '应用价格' }));
    expect(currentLocation()).toBe(
      '/products?category=tea&township=langdong&minPriceFen=1250&maxPriceFen=30000',
    );

    await user.click(screen.getByLabelText('只看消费帮扶认定商品'));
    expect(currentLocation()).toContain('certified=true');

    await user.clear(screen.getByTestId('search-input'));
    await user.type(screen.getByTestId('search-input'), '鸡枞菌{Enter}');
    expect(new URL(currentLocation(), 'http://x').searchParams.get('q')).toBe('鸡枞菌');

    await user.click(await screen.findByRole('button', { name: '第 3 页' }));
    expect(new URL(currentLocation(), 'http://x').searchParams.get('page')).toBe('3');
  });

  it('refuses a price the user cannot mean and keeps the URL as it was', async () => {
    const user = userEvent.setup();
    stubApi({ ...lookups, '/api/products': productPage([teaProduct]) });
    await renderApp({ url: '/products' });
    await screen.findAllByTestId('product-card');

    await user.type(screen.getByLabelText('最低价'), '300');
    await user.type(screen.getByLabelText('最高价'), '12');
    await user.click(screen.getByRole('button', { name: '应用价格' }));
    expect(screen.getByRole('alert')).toHaveTextContent('最低价不能高于最高价。');
    expect(currentLocation()).toBe('/products');

    await user.clear(screen.getByLabelText('最高价'));
    await user.type(screen.getByLabelText('最高价'), '1.234');
    await user.click(screen.getByRole('button', { name: '应用价格' }));
    expect(screen.getByRole('alert')).toHaveTextContent('最多两位小数');
    expect(screen.getByLabelText('最高价')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says when nothing matches and clears the filters', async () => {
    const user = userEvent.setup();
    stubApi({
      ...lookups,
      '/api/products': (url: URL) =>
        url.searchParams.has('q') ? productPage([], 0) : productPage([teaProduct], 1),
    });
    await renderApp({ url: '/products?q=%E9%BE%99%E8%99%BE&sort=newest' });

    expect(await screen.findByText('没有符合条件的商品。')).toBeInTheDocument();
    expect(screen.getByText('共 0 件商品')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '清除筛选条件' }));
    expect(currentLocation()).toBe('/products?sort=newest');
    expect(await screen.findAllByTestId('product-card')).toHaveLength(1);
  });

  it('shows a translated error with a retry that fetches again', async () => {
    const user = userEvent.setup();
    let fail = true;
    stubApi({
      ...lookups,
      '/api/products': () =>
        fail
          ? new ApiFailure(503, { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'db down' })
          : productPage([teaProduct]),
    });
    await renderApp({ url: '/products' });

    expect(await screen.findByText('服务暂时不可用,请稍后再试。')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findAllByTestId('product-card')).toHaveLength(1);
  });

  it('drops a value the contract refuses and says so', async () => {
    const fetchMock = stubApi({ ...lookups, '/api/products': productPage([teaProduct]) });
    await renderApp({ url: '/products?page=zero&category=Tea%20Leaves&sort=price_asc' });

    await screen.findAllByTestId('product-card');
    expect(screen.getByText(/已忽略:category, page/)).toBeInTheDocument();
    const [request] = requestedUrls(fetchMock, '/api/products');
    expect(request.searchParams.get('category')).toBeNull();
    expect(request.searchParams.get('page')).toBe('1');
    expect(request.searchParams.get('sort')).toBe('price_asc');
  });

  it('opens /category/:slug as the listing with that category', async () => {
    stubApi({ ...lookups, '/api/products': productPage([teaProduct]) });
    await renderApp({ url: '/category/tea' });
    await screen.findAllByTestId('product-card');
    expect(currentLocation()).toBe('/products?category=tea');
  });
});

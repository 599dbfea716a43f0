import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  categories,
  cooperatives,
  mushroomProduct,
  productPage,
  story,
  teaProduct,
} from '../testing/fixtures';
import { renderApp } from '../testing/render-app';
import { requestedUrls, stubApi } from '../testing/stub-api';

describe('home page', () => {
  it('tells the story with the reported headline figures, categories, new products and cooperatives', async () => {
    const fetchMock = stubApi({
      '/api/story': story,
      '/api/categories': categories,
      '/api/cooperatives': cooperatives,
      '/api/products': productPage([teaProduct, mushroomProduct]),
    });
    await renderApp({ url: '/' });

    expect(await screen.findByRole('heading', { level: 1, name: '山海相逢,黔货入杭' })).toBeInTheDocument();
    const sales = await screen.findByText('5,207.39 万元');
    expect(sales.closest('.figure')).toHaveTextContent('累计帮助销售农特产品');
    expect(screen.getByText('1,742 人').closest('.figure')).toHaveTextContent('直接带动建档立卡贫困户脱贫');

    const tiles = screen.getByRole('region', { name: '按分类选购' });
    expect(await within(tiles).findByRole('link', { name: /茶叶/ })).toHaveAttribute(
      'href',
      '/products?category=tea',
    );
    expect(within(tiles).getByText('5 件商品')).toBeInTheDocument();

    expect(await screen.findAllByTestId('product-card')).toHaveLength(2);
    const [request] = requestedUrls(fetchMock, '/api/products');
    expect(request.search).toBe('?sort=newest&pageSize=8');
    expect(await screen.findAllByTestId('cooperative-card')).toHaveLength(2);
    expect(screen.getByRole('link', { name: '阅读山海故事' })).toHaveAttribute('href', '/story');
  });
});

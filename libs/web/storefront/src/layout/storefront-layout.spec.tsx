import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@shanhai/web/shared';
import { categories, cooperatives, productPage, story, teaProduct } from '../testing/fixtures';
import { currentLocation, renderApp } from '../testing/render-app';
import { ApiFailure, stubApi } from '../testing/stub-api';

const api = {
  '/api/story': story,
  '/api/categories': categories,
  '/api/cooperatives': cooperatives,
  '/api/products': productPage([teaProduct]),
};

describe('storefront layout', () => {
  it('switches the visible text to English, sets <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    stubApi(api);
    const first = await renderApp({ url: '/' });

    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(nav).toHaveTextContent('首页商品合作社山海故事');
    expect(await screen.findByText('5,207.39 万元')).toBeInTheDocument();

    await user.click(screen.getByTestId('language-switch'));

    expect(await screen.findByRole('navigation', { name: 'Main' })).toHaveTextContent(
      'HomeProductsCooperativesOur story',
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Where the mountains meet the sea' }),
    ).toBeInTheDocument();
    expect(screen.getByText('¥52,073,900.00')).toBeInTheDocument();
    expect(screen.getByText('Demo site: the prices and stock shown are invented.')).toBeInTheDocument();
    expect(screen.getByTestId('language-switch')).toHaveTextContent('中文');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    // A new visit (a reload) starts in the stored language.
    first.unmount();
    await renderApp({ url: '/' });
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('has a skip link to the main content and one search field that opens the listing', async () => {
    const user = userEvent.setup();
    stubApi(api);
    await renderApp({ url: '/' });

    expect(screen.getByRole('link', { name: '跳到主要内容' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getAllByTestId('search-input')).toHaveLength(1);
    expect(screen.getByLabelText('搜索商品')).toBe(screen.getByTestId('search-input'));

    await user.type(screen.getByTestId('search-input'), '苗银{Enter}');
    await waitFor(() => expect(currentLocation()).toBe('/products?q=%E8%8B%97%E9%93%B6'));
    // On the listing the page's own search box (bound to the URL) replaces the header's.
    await waitFor(() => expect(screen.getAllByTestId('search-input')).toHaveLength(1));
    expect(screen.getByTestId('search-input')).toHaveValue('苗银');
  });

  it('links to the cart with its item count, and to sign-in or the orders', async () => {
    const line = (sku: string, quantity: number) => ({ sku, quantity });
    stubApi({
      ...api,
      '/api/cart': { lines: [line('TEA-50', 2), line('MUSH-250', 1)] },
      '/api/auth/me': new ApiFailure(401, {
        statusCode: 401,
        code: 'UNAUTHENTICATED',
        message: 'no session',
      }),
    });
    const guest = await renderApp({ url: '/' });
    const cartLink = screen.getByTestId('cart-link');
    expect(cartLink).toHaveAttribute('href', '/cart');
    await waitFor(() => expect(cartLink).toHaveAccessibleName('购物车,3 件商品'));
    expect(cartLink).toHaveTextContent('购物车3');
    expect(screen.getByRole('link', { name: '登录' })).toHaveAttribute('href', '/login');
    guest.unmount();

    stubApi({
      ...api,
      '/api/cart': { lines: [] },
      '/api/auth/me': {
        user: {
          id: 'u1',
          email: 'a@example.com',
          displayName: null,
          role: 'consumer',
          cooperativeSlug: null,
        },
      },
    });
    await renderApp({ url: '/', language: 'en' });
    expect(await screen.findByRole('link', { name: 'My orders' })).toHaveAttribute('href', '/orders');
    expect(screen.getByTestId('cart-link')).toHaveAccessibleName('Cart (0)');
    expect(screen.getByTestId('cart-link')).toHaveTextContent(/^Cart$/);
  });

  it('shows a not-found page for an unknown path', async () => {
    stubApi(api);
    await renderApp({ url: '/no/such/page' });
    expect(await screen.findByRole('heading', { level: 1, name: '页面不存在' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
  });
});

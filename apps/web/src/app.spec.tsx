import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders, createI18n, createQueryClient } from '@shanhai/web/shared';
import { storefrontMessageBundles } from '@shanhai/web/storefront';
import { App } from './app';

describe('App', () => {
  it('mounts the storefront at / with its shell, and every route is a lazy page', async () => {
    // Every API call fails: the shell must still render and say so per section.
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'down' }), {
            status: 503,
          }),
      ),
    );
    const i18n = await createI18n({ bundles: storefrontMessageBundles });
    render(
      <AppProviders i18n={i18n} queryClient={createQueryClient({ retry: false })}>
        <MemoryRouter initialEntries={['/story']}>
          <App />
        </MemoryRouter>
      </AppProviders>,
    );

    expect(screen.getByRole('link', { name: /山海集市/ })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: '山海故事', current: 'page' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: '拱墅与黄平的山海故事' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('服务暂时不可用,请稍后再试。')).toBeInTheDocument();
  });

  it('mounts the buying pages inside the same shell, loading their area and words when first opened', async () => {
    const cart = { lines: [], shipments: [], itemsFen: 0, shippingFen: 0, totalFen: 0, ready: true };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) =>
        String(input) === '/api/cart'
          ? new Response(JSON.stringify(cart), { status: 200 })
          : new Response(JSON.stringify({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'guest' }), {
              status: 401,
            }),
      ),
    );
    const i18n = await createI18n({ bundles: storefrontMessageBundles });
    render(
      <AppProviders i18n={i18n} queryClient={createQueryClient({ retry: false })}>
        <MemoryRouter initialEntries={['/cart']}>
          <App />
        </MemoryRouter>
      </AppProviders>,
    );

    expect(screen.getByRole('link', { name: /山海集市/ })).toHaveAttribute('href', '/');
    expect(await screen.findByRole('heading', { level: 1, name: '购物车' })).toBeInTheDocument();
    expect(await screen.findByText('购物车是空的。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '登录' })).toHaveAttribute('href', '/login');
  });

  it('mounts the admin console at /admin, loaded when first opened: a guest goes to sign in and comes back', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) =>
        String(input) === '/api/cart'
          ? new Response(
              JSON.stringify({
                lines: [],
                shipments: [],
                itemsFen: 0,
                shippingFen: 0,
                totalFen: 0,
                ready: true,
              }),
              {
                status: 200,
              },
            )
          : new Response(JSON.stringify({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'guest' }), {
              status: 401,
            }),
      ),
    );
    const i18n = await createI18n({ bundles: storefrontMessageBundles });
    render(
      <AppProviders i18n={i18n} queryClient={createQueryClient({ retry: false })}>
        <MemoryRouter initialEntries={['/admin/aid?channel=online']}>
          <App />
        </MemoryRouter>
      </AppProviders>,
    );

    // the storefront's own sign-in page, inside its shell
    expect(
      await screen.findByRole('heading', { level: 1, name: '登录' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /山海集市/ })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: '注册新账号' })).toHaveAttribute(
      'href',
      '/register?next=/admin/aid%3Fchannel%3Donline',
    );
  });

  it('mounts the cooperative portal at /co, loaded when first opened: a guest goes to sign in and comes back', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) =>
        String(input) === '/api/cart'
          ? new Response(
              JSON.stringify({
                lines: [],
                shipments: [],
                itemsFen: 0,
                shippingFen: 0,
                totalFen: 0,
                ready: true,
              }),
              { status: 200 },
            )
          : new Response(JSON.stringify({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'guest' }), {
              status: 401,
            }),
      ),
    );
    const i18n = await createI18n({ bundles: storefrontMessageBundles });
    render(
      <AppProviders i18n={i18n} queryClient={createQueryClient({ retry: false })}>
        <MemoryRouter initialEntries={['/co/products']}>
          <App />
        </MemoryRouter>
      </AppProviders>,
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: '登录' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '注册新账号' })).toHaveAttribute(
      'href',
      '/register?next=/co/products',
    );
  });
});

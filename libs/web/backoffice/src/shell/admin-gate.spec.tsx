import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  adminSession,
  breakdowns,
  catalogueRoutes,
  entriesPage,
  shopperSession,
  summary,
} from '../testing/fixtures';
import { currentLocation, renderAdmin } from '../testing/render-admin';
import { failure, stubApi } from '../testing/stub-api';

const dashboardRoutes = {
  ...catalogueRoutes,
  'GET /api/aid/summary': summary,
  'GET /api/aid/breakdowns': breakdowns,
  'GET /api/aid/entries': entriesPage(),
};

describe('the admin console’s gate', () => {
  it('sends a guest to the storefront’s sign-in page, coming back to the same filtered view', async () => {
    stubApi({ 'GET /api/auth/me': failure(401, 'UNAUTHENTICATED') });
    await renderAdmin({ url: '/admin/aid?channel=online&from=2026-01' });
    expect(await screen.findByText('storefront sign-in')).toBeInTheDocument();
    expect(currentLocation()).toBe('/login?next=/admin/aid%3Fchannel%3Donline%26from%3D2026-01');
  });

  it('shows a signed-in shopper a 403 page in Chinese, then in English', async () => {
    const api = stubApi({ 'GET /api/auth/me': shopperSession });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid' });
    const page = await screen.findByTestId('admin-forbidden');
    expect(within(page).getByRole('heading', { level: 1, name: '无权访问管理后台' })).toBeInTheDocument();
    expect(
      within(page).getByText(/您当前以 shopper@demo\.shanhai\.test 登录,该账号没有管理员权限/),
    ).toBeInTheDocument();
    expect(within(page).getByRole('link', { name: '换一个账号登录' })).toHaveAttribute(
      'href',
      '/login?next=/admin/aid',
    );
    expect(within(page).getByRole('link', { name: '返回商城' })).toHaveAttribute('href', '/');

    await user.click(screen.getByTestId('language-switch'));
    expect(
      await within(page).findByRole('heading', { level: 1, name: 'You cannot open the admin console' }),
    ).toBeInTheDocument();
    expect(
      within(page).getByText(
        /You are signed in as shopper@demo\.shanhai\.test, which is not an admin account/,
      ),
    ).toBeInTheDocument();
    // no admin figure was asked for
    expect(api.requests.filter((r) => r.url.pathname.startsWith('/api/aid'))).toEqual([]);
  });

  it('lets an admin in: /admin opens the aid dashboard, with the console’s menu', async () => {
    stubApi({ 'GET /api/auth/me': adminSession, ...dashboardRoutes });
    await renderAdmin({ url: '/admin' });
    expect(await screen.findByRole('heading', { level: 1, name: '消费帮扶概况' })).toBeInTheDocument();
    expect(currentLocation()).toBe('/admin/aid');
    const nav = screen.getByRole('navigation', { name: '管理后台导航' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['消费帮扶', '/admin/aid'],
      ['线下销售导入', '/admin/aid/imports'],
      ['指标与目标', '/admin/aid/indicators'],
      ['账期与调整', '/admin/aid/periods'],
      ['合作社审核', '/admin/cooperatives'],
      ['商品审核', '/admin/products'],
      ['认定证书', '/admin/certificates'],
      ['订单查询', '/admin/orders'],
      ['用户与角色', '/admin/users'],
      ['审计日志', '/admin/audit'],
    ]);
    // grouped: 消费帮扶 / 合作社与商品 / 订单 / 用户与审计
    for (const group of ['合作社与商品', '用户与审计'])
      expect(within(nav).getByText(group)).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: '消费帮扶' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('协作办管理员(管理员)')).toBeInTheDocument();
  });

  it('signing out forgets the session and leads to the sign-in page', async () => {
    const api = stubApi({
      'GET /api/auth/me': adminSession,
      'POST /api/auth/logout': {},
      ...dashboardRoutes,
    });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid/indicators' });
    await user.click(await screen.findByRole('button', { name: /退出登录/ }));
    await waitFor(() => expect(currentLocation()).toBe('/login?next=/admin/aid/indicators'));
    expect(api.sent('POST /api/auth/logout')).toHaveLength(1);
  });

  it('says so when an address in the console does not exist', async () => {
    stubApi({ 'GET /api/auth/me': adminSession });
    await renderAdmin({ url: '/admin/nothing-here', language: 'en' });
    expect(await screen.findByText('Page not found')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back to the consumption-aid overview' })).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminSession, catalogueRoutes, shopperSession } from '../../testing/fixtures';
import { failure, stubApi } from '../../testing/stub-api';
import { currentLocation, FIRST_RENDER, home, memberSession, renderPortal } from '../testing/render-portal';
import { portalAccess } from './portal-access';

describe('portalAccess', () => {
  it('tells guests, members, admins and shoppers apart', () => {
    expect(portalAccess(null)).toBe('sign-in');
    expect(portalAccess(memberSession.user)).toBe('member');
    expect(portalAccess(adminSession.user)).toBe('admin');
    expect(portalAccess(shopperSession.user)).toBe('applicant');
    // a member's role without a cooperative (the database does not allow it) is not let in
    expect(portalAccess({ ...memberSession.user, cooperativeSlug: null })).toBe('applicant');
  });
});

describe('the cooperative portal’s gate', () => {
  it('sends a guest to sign in, coming back to the same address', async () => {
    stubApi({ 'GET /api/auth/me': failure(401, 'UNAUTHENTICATED') });
    await renderPortal({ url: '/co/orders?status=shipped' });
    expect(await screen.findByText('storefront sign-in', {}, FIRST_RENDER)).toBeInTheDocument();
    expect(currentLocation()).toBe('/login?next=/co/orders%3Fstatus%3Dshipped');
  });

  it('sends a shopper without a cooperative from any portal page to the application form', async () => {
    const api = stubApi({
      'GET /api/auth/me': shopperSession,
      'GET /api/cooperative-applications/mine': [],
      ...catalogueRoutes,
    });
    await renderPortal({ url: '/co/products' });
    expect(
      await screen.findByRole('heading', { level: 1, name: '申请入驻山海集市' }, FIRST_RENDER),
    ).toBeInTheDocument();
    expect(currentLocation()).toBe('/co/apply');
    // no menu of member pages, and nothing of a cooperative's was asked for
    expect(screen.queryByRole('navigation', { name: '合作社后台导航' })).not.toBeInTheDocument();
    expect(api.requests.filter((r) => r.url.pathname.startsWith('/api/co/'))).toEqual([]);
  });

  it('lets a member in: the to-do cards link to their pages', async () => {
    stubApi({ 'GET /api/auth/me': memberSession, 'GET /api/co/home': home });
    await renderPortal({ url: '/co' });
    expect(
      await screen.findByRole('heading', { level: 1, name: '浪洞镇东西部协作食用菌产业园' }, FIRST_RENDER),
    ).toBeInTheDocument();
    const toShip = screen.getByTestId('home-toShip');
    expect(toShip).toHaveAttribute('href', '/co/orders');
    expect(within(toShip).getByText('待发货')).toBeInTheDocument();
    expect(within(toShip).getByText('3')).toBeInTheDocument();
    expect(within(screen.getByTestId('home-pendingReview')).getByText('2')).toBeInTheDocument();
    expect(within(screen.getByTestId('home-sales')).getByText('¥3,456.00')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '合作社后台导航' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/co', '/co/products', '/co/certificates', '/co/orders', '/co/payouts', '/co/members']);
  });

  it('tells an admin to use the admin console, in either language', async () => {
    const api = stubApi({ 'GET /api/auth/me': adminSession });
    const user = userEvent.setup();
    await renderPortal({ url: '/co/products' });
    const page = await screen.findByTestId('portal-admin', {}, FIRST_RENDER);
    expect(within(page).getByRole('heading', { level: 1, name: '请使用管理后台' })).toBeInTheDocument();
    expect(within(page).getByRole('link', { name: '前往管理后台' })).toHaveAttribute('href', '/admin');
    await user.click(screen.getByTestId('language-switch'));
    expect(
      await within(page).findByRole('heading', { level: 1, name: 'Please use the admin console' }),
    ).toBeInTheDocument();
    expect(api.requests.filter((r) => r.url.pathname.startsWith('/api/co/'))).toEqual([]);
  });
});

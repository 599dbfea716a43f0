import { Component, Suspense, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Layout, Menu, Result, Spin, Typography } from 'antd';
import {
  AppstoreOutlined,
  DollarOutlined,
  HomeOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  ShoppingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '@shanhai/shared/contracts';
import { LanguageSwitch } from '@shanhai/web/shared';
import { useLogout } from '../../api/logout';
import { PORTAL_NS } from './portal-messages';

// The portal's pages for a member; the menu marks the longest path the address starts with.
export const MEMBER_NAV = [
  { path: '/co', key: 'home', icon: <HomeOutlined /> },
  { path: '/co/products', key: 'products', icon: <AppstoreOutlined /> },
  { path: '/co/certificates', key: 'certificates', icon: <SafetyCertificateOutlined /> },
  { path: '/co/orders', key: 'orders', icon: <ShoppingOutlined /> },
  { path: '/co/payouts', key: 'payouts', icon: <DollarOutlined /> },
  { path: '/co/members', key: 'members', icon: <TeamOutlined /> },
] as const;

export function selectedPortalNav(pathname: string): string | undefined {
  return MEMBER_NAV.filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0]?.path;
}

class PageErrorBoundary extends Component<{ children: ReactNode; fallback: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    return this.state.error ? this.props.fallback : this.props.children;
  }
}

function PageFailed() {
  const { t } = useTranslation(PORTAL_NS);
  return (
    <Result
      status="error"
      title={t('pageError.title')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('pageError.reload')}
        </Button>
      }
    />
  );
}

/**
 * The cooperative portal's frame: the menu (members only; an applicant sees only their
 * application), who is signed in, the language switch, the way back to the store, signing out.
 */
export function PortalLayout({ user, member }: { user: UserDto; member: boolean }) {
  const { t } = useTranslation(PORTAL_NS);
  const { pathname } = useLocation();
  const logout = useLogout();
  const queryClient = useQueryClient();
  const selected = selectedPortalNav(pathname);

  return (
    <Layout className="bo-layout">
      {member && (
        <Layout.Sider breakpoint="lg" collapsedWidth={0} width={220} className="bo-sider">
          <Link to="/co" className="bo-brand">
            <span className="bo-brand__name">{t('brand')}</span>
            <span className="bo-brand__console">{t('portal')}</span>
          </Link>
          <nav aria-label={t('nav.label')}>
            <Menu
              theme="dark"
              mode="inline"
              selectedKeys={selected ? [selected] : []}
              items={MEMBER_NAV.map((item) => ({
                key: item.path,
                icon: item.icon,
                label: (
                  <Link to={item.path} aria-current={item.path === selected ? 'page' : undefined}>
                    {t(`nav.${item.key}`)}
                  </Link>
                ),
              }))}
            />
          </nav>
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="bo-header">
          <Typography.Text className="bo-header__user" ellipsis>
            {member
              ? t('header.member', { name: user.displayName ?? user.email })
              : t('header.applicant', { name: user.displayName ?? user.email })}
          </Typography.Text>
          <div className="bo-header__actions">
            <LanguageSwitch />
            <Button type="text" className="bo-header__button" icon={<ShopOutlined />} href="/">
              {t('header.backToStore')}
            </Button>
            <Button
              type="text"
              className="bo-header__button"
              icon={<LogoutOutlined />}
              loading={logout.isPending}
              onClick={() =>
                logout.mutate(undefined, { onSuccess: () => queryClient.removeQueries({ queryKey: ['co'] }) })
              }
            >
              {t('header.signOut')}
            </Button>
          </div>
        </Layout.Header>
        <Layout.Content className="bo-content" id="main">
          <PageErrorBoundary key={pathname} fallback={<PageFailed />}>
            <Suspense
              fallback={
                <div className="bo-centre">
                  <Spin size="large" />
                </div>
              }
            >
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

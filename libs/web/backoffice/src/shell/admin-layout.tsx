import { Component, Suspense, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { Button, Layout, Menu, Result, Spin, Typography } from 'antd';
import {
  AuditOutlined,
  FileProtectOutlined,
  FundOutlined,
  LogoutOutlined,
  ProfileOutlined,
  ShopOutlined,
  ShoppingOutlined,
  TableOutlined,
  TeamOutlined,
  UploadOutlined,
  UserOutlined,
  CalendarOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '@shanhai/shared/contracts';
import { LanguageSwitch } from '@shanhai/web/shared';
import { useLogout } from '../api/logout';
import { BACKOFFICE_NS } from './backoffice-messages';

const { Header, Sider, Content } = Layout;

interface NavItem {
  path: string;
  key: string;
  icon: ReactNode;
}

// The console's pages in their groups; the menu marks the longest path the address starts with.
const NAV_GROUPS: readonly { key: string; items: readonly NavItem[] }[] = [
  {
    key: 'aid',
    items: [
      { path: '/admin/aid', key: 'aid', icon: <FundOutlined /> },
      { path: '/admin/aid/imports', key: 'imports', icon: <UploadOutlined /> },
      { path: '/admin/aid/indicators', key: 'indicators', icon: <TableOutlined /> },
      { path: '/admin/aid/periods', key: 'periods', icon: <CalendarOutlined /> },
    ],
  },
  {
    key: 'catalogue',
    items: [
      { path: '/admin/cooperatives', key: 'cooperatives', icon: <TeamOutlined /> },
      { path: '/admin/products', key: 'products', icon: <ShoppingOutlined /> },
      { path: '/admin/certificates', key: 'certificates', icon: <FileProtectOutlined /> },
    ],
  },
  { key: 'orders', items: [{ path: '/admin/orders', key: 'orders', icon: <ProfileOutlined /> }] },
  {
    key: 'people',
    items: [
      { path: '/admin/users', key: 'users', icon: <UserOutlined /> },
      { path: '/admin/audit', key: 'audit', icon: <AuditOutlined /> },
    ],
  },
];
const NAV: readonly NavItem[] = NAV_GROUPS.flatMap((group) => group.items);

/** The menu entry for an address: `/admin/aid/imports/3f…` is under "offline sales imports". */
export function selectedNav(pathname: string): string | undefined {
  return NAV.filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0]?.path;
}

/** Catches what a page throws while rendering (a chunk that failed to load, a bug): the shell stays. */
class PageErrorBoundary extends Component<
  { children: ReactNode; fallback: (error: unknown) => ReactNode },
  { error: unknown }
> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

function PageFailed() {
  const { t } = useTranslation(BACKOFFICE_NS);
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
 * The admin console's frame: the side menu with the pages that exist, the signed-in admin, the
 * language switch shared with the storefront, the way back to the store, and signing out.
 */
export function AdminLayout({ user }: { user: UserDto }) {
  const { t } = useTranslation(BACKOFFICE_NS);
  const { pathname } = useLocation();
  const logout = useLogout();
  const selected = selectedNav(pathname);

  return (
    <Layout className="bo-layout">
      <Sider breakpoint="lg" collapsedWidth={0} width={220} className="bo-sider">
        <Link to="/admin/aid" className="bo-brand">
          <span className="bo-brand__name">{t('brand')}</span>
          <span className="bo-brand__console">{t('console')}</span>
        </Link>
        <nav aria-label={t('nav.label')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={NAV_GROUPS.map((group) => ({
              type: 'group' as const,
              key: group.key,
              label: t(`navGroups.${group.key}`),
              children: group.items.map((item) => ({
                key: item.path,
                icon: item.icon,
                label: (
                  <Link to={item.path} aria-current={item.path === selected ? 'page' : undefined}>
                    {t(`nav.${item.key}`)}
                  </Link>
                ),
              })),
            }))}
          />
        </nav>
      </Sider>
      <Layout>
        <Header className="bo-header">
          <Typography.Text className="bo-header__user" ellipsis>
            {t('header.signedInAs', { name: user.displayName ?? user.email })}
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
              onClick={() => logout.mutate()}
            >
              {t('header.signOut')}
            </Button>
          </div>
        </Header>
        <Content className="bo-content" id="main">
          <PageErrorBoundary key={pathname} fallback={() => <PageFailed />}>
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
        </Content>
      </Layout>
    </Layout>
  );
}

import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { cartItemCount, LanguageSwitch, useCart, useLocale, useSession } from '@shanhai/web/shared';
import { SearchForm } from '../products/search-form';

const NAV = [
  { to: '/', key: 'home', end: true },
  { to: '/products', key: 'products', end: false },
  { to: '/cooperatives', key: 'cooperatives', end: false },
  { to: '/story', key: 'story', end: false },
] as const;

/** "登录" for a guest, "我的订单" once signed in; a failed session check counts as a guest. */
function AccountLink() {
  const { t } = useTranslation('storefront');
  const user = useSession().data;
  return <Link to={user ? '/orders' : '/login'}>{t(user ? 'layout.orders' : 'layout.login')}</Link>;
}

/** The cart with its item count once known; guests have a cart too. */
function CartLink() {
  const { t } = useTranslation('storefront');
  const cart = useCart();
  const count = cartItemCount(cart.data);
  return (
    <Link
      to="/cart"
      className="cart-link"
      data-testid="cart-link"
      aria-label={t('layout.cartLabel', { count })}
    >
      {t('layout.cart')}
      {count > 0 && (
        <span className="cart-link__count" aria-hidden="true">
          {count}
        </span>
      )}
    </Link>
  );
}

export function SiteHeader() {
  const { t } = useTranslation('storefront');
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const locale = useLocale();
  // The listing page has its own search box bound to the URL; one search field per page.
  const onListing = pathname === '/products';

  return (
    <header className="site-header">
      <div className="site-header__bar container">
        <Link to="/" className="brand">
          <span className="brand__primary">{t('layout.brand.primary')}</span>
          <span className="brand__secondary" lang={locale === 'en' ? 'zh-CN' : 'en'}>
            {t('layout.brand.secondary')}
          </span>
        </Link>
        <div className="site-header__actions">
          <AccountLink />
          <CartLink />
          <LanguageSwitch />
        </div>
      </div>
      <nav className="site-nav container" aria-label={t('layout.navLabel')}>
        <ul>
          {NAV.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end}>
                {t(`layout.nav.${item.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {!onListing && (
        <div className="site-header__search container">
          <SearchForm
            id="header-search"
            initialValue=""
            onSearch={(q) => navigate(q ? `/products?${new URLSearchParams({ q }).toString()}` : '/products')}
          />
        </div>
      )}
    </header>
  );
}

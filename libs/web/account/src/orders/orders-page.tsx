import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '@shanhai/shared/contracts';
import { EmptyState, ErrorState, Price, Spinner, useLocale } from '@shanhai/web/shared';
import { useOrders } from '../api/get-orders';
import { useLogout } from '../api/logout';
import { ACCOUNT_NS } from '../account-messages';
import { FormAlert } from '../forms/form-alert';
import { RequireSession, useSessionEndsOn401 } from '../session/require-session';
import { formatDateTime } from './format-date-time';
import { ORDERS_NS } from './orders-messages';
import '../account.css';

function SignedIn({ user }: { user: UserDto }) {
  const { t } = useTranslation(ORDERS_NS);
  const logout = useLogout();
  return (
    <div className="signed-in">
      <p className="muted">{t('list.signedInAs', { name: user.displayName ?? user.email })}</p>
      <button
        type="button"
        className="button button--ghost"
        disabled={logout.isPending}
        onClick={() => logout.mutate()}
      >
        {t('list.logout')}
      </button>
      {logout.isError && <FormAlert error={logout.error} />}
    </div>
  );
}

function OrderList() {
  const { t } = useTranslation(ORDERS_NS);
  const locale = useLocale();
  const orders = useOrders();
  useSessionEndsOn401(orders.error);

  if (orders.isPending) return <Spinner />;
  if (orders.isError)
    return <ErrorState error={orders.error} ns={ACCOUNT_NS} onRetry={() => void orders.refetch()} />;
  if (orders.data.length === 0)
    return (
      <EmptyState title={t('list.empty')}>
        <Link to="/products" className="button">
          {t('list.browse')}
        </Link>
      </EmptyState>
    );
  return (
    <ul className="order-list">
      {orders.data.map((order) => (
        <li key={order.id} className="order-card" data-testid="order-card">
          <div className="parcel__head">
            <Link to={`/orders/${order.id}`} aria-label={t('list.view', { number: order.number })}>
              {t('list.number', { number: order.number })}
            </Link>
            <span className={`status status--${order.status}`}>{t(`statuses.${order.status}`)}</span>
          </div>
          <p className="muted">
            {t('list.placedAt')} {formatDateTime(order.createdAt, locale)} ·{' '}
            {t('list.items', { count: order.itemCount })}
          </p>
          <p>
            {t('list.total')} <Price fen={order.totalFen} />
          </p>
        </li>
      ))}
    </ul>
  );
}

export function OrdersPage() {
  const { t } = useTranslation([ORDERS_NS, ACCOUNT_NS]);
  return (
    <>
      <title>{t('list.documentTitle')}</title>
      <h1>{t('list.title')}</h1>
      <RequireSession>
        {(user) => (
          <>
            <SignedIn user={user} />
            <OrderList />
          </>
        )}
      </RequireSession>
    </>
  );
}

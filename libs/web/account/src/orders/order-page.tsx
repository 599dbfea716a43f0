import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OrderDto } from '@shanhai/shared/contracts';
import { ErrorState, isApiError, Price, Spinner, useLocale } from '@shanhai/web/shared';
import { useOrder } from '../api/get-order';
import { ACCOUNT_NS } from '../account-messages';
import { AddressText } from '../addresses/address-text';
import { RequireSession, useSessionEndsOn401 } from '../session/require-session';
import { CancelOrder } from './cancel-order';
import { formatDateTime } from './format-date-time';
import { OrderTimeline } from './order-timeline';
import { ORDERS_NS } from './orders-messages';
import { PaymentBlock } from './payment-block';
import { ShipmentBlock } from './shipment-block';
import '../account.css';

interface OrderDetailProps {
  order: OrderDto;
  /** asks the API for the order again */
  onStale: () => void;
  refetching: boolean;
}

function OrderDetail({ order, onStale, refetching }: OrderDetailProps) {
  const { t } = useTranslation([ORDERS_NS, ACCOUNT_NS]);
  const locale = useLocale();
  const unpaid = order.status === 'awaiting_payment';

  return (
    <>
      <title>{t('detail.documentTitle', { number: order.number })}</title>
      <h1>{t('detail.title', { number: order.number })}</h1>
      <p className="muted">{t('detail.placedAt', { time: formatDateTime(order.createdAt, locale) })}</p>
      <dl className="facts">
        <div>
          <dt>{t('detail.status')}</dt>
          <dd>
            <span className={`status status--${order.status}`} data-testid="order-status">
              {t(`statuses.${order.status}`)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('detail.paymentStatus')}</dt>
          <dd>{t(`paymentStatuses.${order.paymentStatus}`)}</dd>
        </div>
      </dl>
      {unpaid && order.expiresAt && (
        <p className="notice" data-testid="order-expiry">
          {t('detail.expiresAt', {
            deadline: t(`${ACCOUNT_NS}:beijingTime`, { time: formatDateTime(order.expiresAt, locale) }),
          })}
        </p>
      )}
      <PaymentBlock order={order} onRefetch={onStale} refetching={refetching} />
      <CancelOrder order={order} onStale={onStale} />

      <section aria-labelledby="order-shipments">
        <h2 id="order-shipments">{t('detail.shipments')}</h2>
        {order.fulfilments.map((fulfilment) => (
          <ShipmentBlock key={fulfilment.id} fulfilment={fulfilment} />
        ))}
      </section>

      <section className="summary" aria-labelledby="order-totals">
        <h2 id="order-totals">{t('detail.totals')}</h2>
        <dl className="sums sums--total">
          <div>
            <dt>{t('shipment.items')}</dt>
            <dd>
              <Price fen={order.itemsFen} />
            </dd>
          </div>
          <div>
            <dt>{t('shipment.shipping')}</dt>
            <dd>
              <Price fen={order.shippingFen} />
            </dd>
          </div>
          {order.refundedFen > 0 && (
            <div>
              <dt>{t('detail.refunded')}</dt>
              <dd>
                <Price fen={order.refundedFen} />
              </dd>
            </div>
          )}
          <div className="sums__total">
            <dt>{t('list.total')}</dt>
            <dd>
              <Price fen={order.totalFen} className="price--large" />
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="order-address">
        <h2 id="order-address">{t('detail.address')}</h2>
        <p>
          <AddressText address={order.address} />
        </p>
      </section>

      <section aria-labelledby="order-history">
        <h2 id="order-history">{t('detail.history')}</h2>
        <OrderTimeline history={order.history} />
      </section>

      <p>
        <Link to="/orders">{t('detail.backToOrders')}</Link>
      </p>
    </>
  );
}

function Order({ id }: { id: string }) {
  const { t } = useTranslation(ORDERS_NS);
  const order = useOrder(id);
  useSessionEndsOn401(order.error);

  if (order.isPending) return <Spinner />;
  // A failed refetch (a poll while paying, say) keeps showing the order it had.
  if (order.isError && order.data === undefined) {
    const notFound = isApiError(order.error) && order.error.status === 404;
    return (
      <>
        <title>{t(notFound ? 'detail.notFoundTitle' : 'list.documentTitle')}</title>
        <ErrorState
          error={order.error}
          ns={ACCOUNT_NS}
          title={notFound ? t('detail.notFoundTitle') : undefined}
          onRetry={notFound ? undefined : () => void order.refetch()}
        >
          <p>
            <Link to="/orders">{t('detail.backToOrders')}</Link>
          </p>
        </ErrorState>
      </>
    );
  }
  return (
    <OrderDetail order={order.data} onStale={() => void order.refetch()} refetching={order.isFetching} />
  );
}

/** `/orders/:id`: where checkout lands, and where the buyer follows payment and parcels. */
export function OrderPage() {
  useTranslation([ORDERS_NS, ACCOUNT_NS]);
  const { id = '' } = useParams();
  return <RequireSession>{() => <Order key={id} id={id} />}</RequireSession>;
}

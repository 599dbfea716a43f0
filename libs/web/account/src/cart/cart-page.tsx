import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CartDto } from '@shanhai/shared/contracts';
import { EmptyState, ErrorState, Spinner, useCart, useLocalized, useSession } from '@shanhai/web/shared';
import { ACCOUNT_NS } from '../account-messages';
import { loginPath } from '../session/safe-next';
import { groupCartLines } from './cart-groups';
import { CartLineItem } from './cart-line-item';
import { CART_NS } from './cart-messages';
import { ShipmentFigures, TotalFigures } from './shipment-figures';
import '../account.css';

function CartContents({ cart }: { cart: CartDto }) {
  const { t } = useTranslation(CART_NS);
  const localize = useLocalized();
  const navigate = useNavigate();
  const user = useSession().data;

  return (
    <>
      <p className="muted">{t('shipmentsNote')}</p>
      {groupCartLines(cart).map(({ shipment, lines }) => (
        <section key={shipment?.cooperative.slug ?? 'other'} className="parcel">
          <h2>
            {shipment
              ? t('shipment.title', { cooperative: localize(shipment.cooperative.name) })
              : t('shipment.otherLines')}
          </h2>
          <ul className="cart-lines">
            {lines.map((line) => (
              <CartLineItem key={line.sku} line={line} />
            ))}
          </ul>
          {shipment && <ShipmentFigures shipment={shipment} />}
        </section>
      ))}
      <section className="summary" aria-labelledby="cart-total">
        <h2 id="cart-total">{t('totals.title')}</h2>
        <TotalFigures itemsFen={cart.itemsFen} shippingFen={cart.shippingFen} totalFen={cart.totalFen} />
        {!cart.ready && (
          <p id="checkout-blocked" className="line-problem">
            {t('notReady')}
          </p>
        )}
        <button
          type="button"
          className="button button--wide"
          data-testid="checkout-button"
          disabled={!cart.ready}
          aria-describedby={cart.ready ? undefined : 'checkout-blocked'}
          onClick={() => void navigate(user ? '/checkout' : loginPath('/checkout'))}
        >
          {t('checkout')}
        </button>
        {!user && <p className="muted">{t('guestNote')}</p>}
      </section>
    </>
  );
}

export function CartPage() {
  const { t } = useTranslation([CART_NS, ACCOUNT_NS]);
  const cart = useCart();

  return (
    <>
      <title>{t('documentTitle')}</title>
      <h1>{t('title')}</h1>
      {cart.isPending ? (
        <Spinner />
      ) : cart.isError ? (
        <ErrorState error={cart.error} ns={ACCOUNT_NS} onRetry={() => void cart.refetch()} />
      ) : cart.data.lines.length === 0 ? (
        <EmptyState title={t('empty')}>
          <Link to="/products" className="button">
            {t('browse')}
          </Link>
        </EmptyState>
      ) : (
        <CartContents cart={cart.data} />
      )}
    </>
  );
}

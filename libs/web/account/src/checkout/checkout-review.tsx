import { useTranslation } from 'react-i18next';
import type { CartDto } from '@shanhai/shared/contracts';
import { formatPrice, Price, useLocalized } from '@shanhai/web/shared';
import { groupCartLines } from '../cart/cart-groups';
import { CART_NS } from '../cart/cart-messages';
import { ShipmentFigures, TotalFigures } from '../cart/shipment-figures';
import { CHECKOUT_NS } from './checkout-messages';

/** The parcels, lines and sums the order will have, as the server worked them out for the cart. */
export function CheckoutReview({ cart }: { cart: CartDto }) {
  const { t } = useTranslation([CHECKOUT_NS, CART_NS]);
  const localize = useLocalized();
  return (
    <>
      {groupCartLines(cart).map(({ shipment, lines }) => (
        <div key={shipment?.cooperative.slug ?? 'other'} className="parcel">
          <h3>
            {shipment
              ? t('cart:shipment.title', { cooperative: localize(shipment.cooperative.name) })
              : t('cart:shipment.otherLines')}
          </h3>
          <ul className="review-lines">
            {lines.map((line) => (
              <li key={line.sku}>
                <span>
                  {localize(line.name)} · {localize(line.variantLabel)}
                  <span className="muted">
                    {' '}
                    {t('lines', { quantity: line.quantity, price: formatPrice(line.unitPriceFen) })}
                  </span>
                </span>
                <Price fen={line.lineTotalFen} />
              </li>
            ))}
          </ul>
          {shipment && <ShipmentFigures shipment={shipment} />}
        </div>
      ))}
      <TotalFigures itemsFen={cart.itemsFen} shippingFen={cart.shippingFen} totalFen={cart.totalFen} />
    </>
  );
}

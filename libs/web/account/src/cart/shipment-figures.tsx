import { useTranslation } from 'react-i18next';
import type { ShipmentQuoteDto } from '@shanhai/shared/contracts';
import { formatPrice, Price } from '@shanhai/web/shared';
import { CART_NS } from './cart-messages';

/** One cooperative's parcel: items, shipping, and how far it is from free shipping. Server figures only. */
export function ShipmentFigures({ shipment }: { shipment: ShipmentQuoteDto }) {
  const { t } = useTranslation(CART_NS);
  const threshold = shipment.freeShippingOverFen;
  return (
    <>
      <dl className="sums">
        <div>
          <dt>{t('shipment.items')}</dt>
          <dd>
            <Price fen={shipment.itemsFen} />
          </dd>
        </div>
        <div>
          <dt>{t('shipment.shipping')}</dt>
          <dd>{shipment.shippingFen === 0 ? t('shipment.free') : <Price fen={shipment.shippingFen} />}</dd>
        </div>
      </dl>
      {threshold !== null && shipment.itemsFen >= threshold && (
        <p className="shipping-hint">{t('shipment.freeReached', { threshold: formatPrice(threshold) })}</p>
      )}
      {threshold !== null && shipment.itemsFen < threshold && shipment.shippingFen > 0 && (
        <p className="shipping-hint">
          {t('shipment.freeFrom', {
            threshold: formatPrice(threshold),
            missing: formatPrice(threshold - shipment.itemsFen),
          })}
        </p>
      )}
    </>
  );
}

/** The order's sums: items, shipping and what is paid. */
export function TotalFigures({
  itemsFen,
  shippingFen,
  totalFen,
}: {
  itemsFen: number;
  shippingFen: number;
  totalFen: number;
}) {
  const { t } = useTranslation(CART_NS);
  return (
    <dl className="sums sums--total">
      <div>
        <dt>{t('totals.items')}</dt>
        <dd>
          <Price fen={itemsFen} />
        </dd>
      </div>
      <div>
        <dt>{t('totals.shipping')}</dt>
        <dd>
          <Price fen={shippingFen} />
        </dd>
      </div>
      <div className="sums__total">
        <dt>{t('totals.total')}</dt>
        <dd>
          <Price fen={totalFen} className="price--large" />
        </dd>
      </div>
    </dl>
  );
}

import { useTranslation } from 'react-i18next';
import type { FulfilmentDto } from '@shanhai/shared/contracts';
import { formatPrice, Price, useLocale, useLocalized } from '@shanhai/web/shared';
import { formatDateTime } from './format-date-time';
import { ORDERS_NS } from './orders-messages';

/** One cooperative's parcel: its status, tracking once shipped, and its lines. */
export function ShipmentBlock({ fulfilment }: { fulfilment: FulfilmentDto }) {
  const { t } = useTranslation(ORDERS_NS);
  const localize = useLocalized();
  const locale = useLocale();
  const headingId = `shipment-${fulfilment.id}`;

  return (
    <section className="parcel" data-testid="shipment" aria-labelledby={headingId}>
      <div className="parcel__head">
        <h3 id={headingId}>{t('shipment.title', { cooperative: localize(fulfilment.cooperative.name) })}</h3>
        <span className={`status status--${fulfilment.status}`}>
          {t(`fulfilmentStatuses.${fulfilment.status}`)}
        </span>
      </div>
      {(fulfilment.trackingNumber || fulfilment.shippedAt || fulfilment.deliveredAt) && (
        <dl className="facts">
          {fulfilment.carrier && (
            <div>
              <dt>{t('shipment.carrier')}</dt>
              <dd>{fulfilment.carrier}</dd>
            </div>
          )}
          {fulfilment.trackingNumber && (
            <div>
              <dt>{t('shipment.trackingNumber')}</dt>
              <dd className="mono" data-testid="tracking-number">
                {fulfilment.trackingNumber}
              </dd>
            </div>
          )}
          {fulfilment.shippedAt && (
            <div>
              <dt>{t('shipment.shippedAt')}</dt>
              <dd>{formatDateTime(fulfilment.shippedAt, locale)}</dd>
            </div>
          )}
          {fulfilment.deliveredAt && (
            <div>
              <dt>{t('shipment.deliveredAt')}</dt>
              <dd>{formatDateTime(fulfilment.deliveredAt, locale)}</dd>
            </div>
          )}
        </dl>
      )}
      <ul className="review-lines">
        {fulfilment.lines.map((line) => (
          <li key={line.id}>
            <span>
              {localize(line.name)} · {localize(line.variantLabel)}
              <span className="muted">
                {' '}
                {t('shipment.line', { quantity: line.quantity, price: formatPrice(line.unitPriceFen) })}
              </span>
              {line.aidEligible && <span className="badge badge--aid">{t('shipment.aid')}</span>}
            </span>
            <Price fen={line.lineTotalFen} />
          </li>
        ))}
      </ul>
      <dl className="sums">
        <div>
          <dt>{t('shipment.items')}</dt>
          <dd>
            <Price fen={fulfilment.itemsFen} />
          </dd>
        </div>
        <div>
          <dt>{t('shipment.shipping')}</dt>
          <dd>
            {fulfilment.shippingFen === 0 ? t('shipment.free') : <Price fen={fulfilment.shippingFen} />}
          </dd>
        </div>
      </dl>
    </section>
  );
}

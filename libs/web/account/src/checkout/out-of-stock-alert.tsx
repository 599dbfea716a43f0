import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CartLineDto, OutOfStockLineDto } from '@shanhai/shared/contracts';
import { useLocalized } from '@shanhai/web/shared';
import { CHECKOUT_NS } from './checkout-messages';

/** 409 OUT_OF_STOCK: which lines could not be filled, by name, and the way back to the cart. */
export function OutOfStockAlert({ failed, lines }: { failed: OutOfStockLineDto[]; lines: CartLineDto[] }) {
  const { t } = useTranslation(CHECKOUT_NS);
  const localize = useLocalized();
  return (
    <div className="form-alert" role="alert" data-testid="out-of-stock">
      <p>{t('outOfStock.title')}</p>
      <ul>
        {failed.map(({ sku, requested, available }) => {
          const line = lines.find((l) => l.sku === sku);
          return (
            <li key={sku}>
              {t('outOfStock.line', {
                name: line ? localize(line.name) : sku,
                variant: line ? localize(line.variantLabel) : sku,
                requested,
                available,
              })}
            </li>
          );
        })}
      </ul>
      <Link to="/cart" className="button">
        {t('outOfStock.back')}
      </Link>
    </div>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { VariantDto } from '@shanhai/shared/contracts';
import { QuantityStepper, useErrorMessage } from '@shanhai/web/shared';
import { useAddCartLine } from '../api/add-cart-line';
import { PRODUCT_NS } from './product-messages';

// Mirrors MAX_LINE_QUANTITY of the contract (asserted equal in the spec): importing the contract's
// cart module here would bring zod into the product page.
export const MAX_LINE_QUANTITY = 99;

/** Quantity and "add to cart" for the chosen variant; give it `key={sku}` so a new variant starts afresh. */
export function AddToCart({ variant }: { variant: VariantDto | null }) {
  const { t } = useTranslation(PRODUCT_NS);
  const messageOf = useErrorMessage();
  const add = useAddCartLine();
  const [quantity, setQuantity] = useState(1);
  const available = variant?.available ?? 0;
  const max = Math.max(1, Math.min(MAX_LINE_QUANTITY, available));
  const value = Math.min(quantity, max);

  return (
    <div className="cart-action">
      <QuantityStepper
        id="quantity"
        label={t('quantity')}
        value={value}
        max={max}
        disabled={available <= 0}
        onChange={setQuantity}
      />
      <button
        type="button"
        className="button"
        data-testid="add-to-cart"
        disabled={available <= 0 || add.isPending}
        aria-describedby={available <= 0 ? 'cart-note' : undefined}
        onClick={() => variant && add.mutate({ sku: variant.sku, quantity: value })}
      >
        {t(add.isPending ? 'adding' : 'addToCart')}
      </button>
      {available <= 0 && (
        <p id="cart-note" className="muted">
          {t('soldOutNote')}
        </p>
      )}
      <div role="status">
        {add.isSuccess && (
          <p className="notice">
            {t('added', { count: add.variables.quantity })} <Link to="/cart">{t('viewCart')}</Link>
          </p>
        )}
      </div>
      {add.isError && (
        <p className="field-error" role="alert">
          {messageOf(add.error)}
        </p>
      )}
    </div>
  );
}

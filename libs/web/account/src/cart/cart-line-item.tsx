import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CartLineDto } from '@shanhai/shared/contracts';
import { formatPrice, Price, QuantityStepper, useErrorMessage, useLocalized } from '@shanhai/web/shared';
import { useRemoveCartLine } from '../api/remove-cart-line';
import { useUpdateCartLine } from '../api/update-cart-line';
import { ACCOUNT_NS } from '../account-messages';
import { CART_NS } from './cart-messages';

// Mirrors MAX_LINE_QUANTITY of the contract (asserted equal in the spec): importing the contract's
// cart module would bring zod into the cart page.
export const MAX_LINE_QUANTITY = 99;

function LineProblem({ line }: { line: CartLineDto }) {
  const { t } = useTranslation(CART_NS);
  if (!line.problem) return null;
  const text = t(`problems.${line.problem}`, {
    available: line.available,
    from: formatPrice(line.addedAtPriceFen),
    to: formatPrice(line.unitPriceFen),
  });
  return <p className={`line-problem line-problem--${line.problem}`}>{text}</p>;
}

/** One line: what it is, its problem if any, quantity (PATCH) and removal (DELETE). */
export function CartLineItem({ line }: { line: CartLineDto }) {
  const { t } = useTranslation([CART_NS, ACCOUNT_NS]);
  const localize = useLocalized();
  const messageOf = useErrorMessage(ACCOUNT_NS);
  const update = useUpdateCartLine();
  const remove = useRemoveCartLine();
  const busy = update.isPending || remove.isPending;
  const name = localize(line.name);
  const error = update.error ?? remove.error;
  // Lower is always allowed; higher only up to the stock (the server says what is left).
  const max = Math.max(line.quantity, Math.min(MAX_LINE_QUANTITY, line.available));

  return (
    <li className="cart-line" data-testid="cart-line" aria-busy={busy || undefined}>
      {line.imageUrl ? (
        <img className="cart-line__image" src={line.imageUrl} alt="" width={80} height={80} loading="lazy" />
      ) : (
        <span className="cart-line__image cart-line__image--none">{t('noImage')}</span>
      )}
      <div className="cart-line__body">
        <h3 className="cart-line__name">
          <Link to={`/products/${line.productSlug}`}>{name}</Link>
        </h3>
        <p className="muted">{t(`${ACCOUNT_NS}:variantOf`, { variant: localize(line.variantLabel) })}</p>
        <p>
          <Price fen={line.unitPriceFen} />
        </p>
        <LineProblem line={line} />
        <div className="cart-line__actions">
          <QuantityStepper
            id={`quantity-${line.sku}`}
            label={t('quantity')}
            value={line.quantity}
            max={max}
            disabled={busy || line.problem === 'unavailable'}
            onChange={(quantity) => update.mutate({ sku: line.sku, quantity })}
          />
          <button
            type="button"
            className="button button--ghost"
            aria-label={t('removeLabel', { name })}
            disabled={busy}
            onClick={() => remove.mutate(line.sku)}
          >
            {t('remove')}
          </button>
        </div>
        <p className="cart-line__total">
          {t('lineTotal')} <Price fen={line.lineTotalFen} />
        </p>
        {error && (
          <p className="field-error" role="alert">
            {messageOf(error)}
          </p>
        )}
      </div>
    </li>
  );
}

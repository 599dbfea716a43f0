import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AddressDto, CartDto, CreateOrderRequest, PaymentMethod } from '@shanhai/shared/contracts';
import { cartQueryOptions, EmptyState, ErrorState, isApiError, Spinner, useCart } from '@shanhai/web/shared';
import { useCreateOrder } from '../api/create-order';
import { useAddresses } from '../api/get-addresses';
import { orderQueryOptions } from '../api/get-order';
import { ordersQueryOptions } from '../api/get-orders';
import { usePaymentMethods } from '../api/get-payment-methods';
import { ACCOUNT_NS } from '../account-messages';
import { CART_NS } from '../cart/cart-messages';
import { FormAlert } from '../forms/form-alert';
import { RequireSession, useSessionEndsOn401 } from '../session/require-session';
import { AddressChoice, pickAddressId } from './address-choice';
import { endAttempt, idempotencyKeyFor } from './checkout-attempt';
import { CHECKOUT_NS } from './checkout-messages';
import { CheckoutReview } from './checkout-review';
import { OutOfStockAlert } from './out-of-stock-alert';
import '../account.css';

// Offline always; card, Alipay and WeChat Pay through Stripe when the server offers them.
function offeredPaymentMethods(serverMethods: readonly PaymentMethod[] | undefined): PaymentMethod[] {
  return serverMethods?.includes('stripe') ? ['offline', 'stripe'] : ['offline'];
}

interface CheckoutFormProps {
  cart: CartDto;
  addresses: AddressDto[];
  methods: readonly PaymentMethod[];
}

function CheckoutForm({ cart, addresses, methods }: CheckoutFormProps) {
  const { t } = useTranslation([CHECKOUT_NS, ACCOUNT_NS]);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const place = useCreateOrder();
  useSessionEndsOn401(place.error);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [chosenMethod, setChosenMethod] = useState<PaymentMethod>('offline');
  const paymentMethod = methods.includes(chosenMethod) ? chosenMethod : 'offline';
  const [note, setNote] = useState('');
  const addressId = pickAddressId(addresses, chosenId);
  const error = place.error;
  const outOfStock = isApiError(error) && error.code === 'OUT_OF_STOCK' ? (error.lines ?? []) : null;

  const placeOrder = () => {
    if (!addressId || !cart.ready) return;
    // Only what to buy: prices and totals are the server's.
    const request: CreateOrderRequest = {
      addressId,
      paymentMethod,
      lines: cart.lines.map(({ sku, quantity }) => ({ sku, quantity })),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    place.mutate(
      { request, idempotencyKey: idempotencyKeyFor(request) },
      {
        onSuccess: (order) => {
          endAttempt();
          queryClient.setQueryData(orderQueryOptions(order.id).queryKey, order);
          void queryClient.invalidateQueries({ queryKey: cartQueryOptions().queryKey });
          void queryClient.invalidateQueries({ queryKey: ordersQueryOptions().queryKey });
          void navigate(`/orders/${order.id}`, { replace: true });
        },
        onError: (failure) => {
          // A definite no ends the attempt. After a network error or a 5xx nobody knows whether
          // the order was made, so a retry keeps the key and the server answers with it if it was.
          if (isApiError(failure) && failure.isClientError) endAttempt();
          // The cart shows the lines' new stock when the user goes back to it.
          if (isApiError(failure) && failure.code === 'OUT_OF_STOCK')
            void queryClient.invalidateQueries({ queryKey: cartQueryOptions().queryKey });
        },
      },
    );
  };

  return (
    <>
      <section className="step" aria-labelledby="step-address">
        <h2 id="step-address">{t('steps.address')}</h2>
        <AddressChoice addresses={addresses} selectedId={addressId} onSelect={setChosenId} />
      </section>

      <section className="step" aria-labelledby="step-payment">
        <h2 id="step-payment">{t('steps.payment')}</h2>
        <fieldset className="choices">
          <legend className="visually-hidden">{t('payment.choose')}</legend>
          {methods.map((method) => (
            <label key={method} className="choice">
              <input
                type="radio"
                name="payment"
                value={method}
                checked={paymentMethod === method}
                onChange={() => setChosenMethod(method)}
              />
              {t(`payment.methods.${method}`)}
            </label>
          ))}
        </fieldset>
        <p className="muted">{t(paymentMethod === 'offline' ? 'payment.offlineNote' : 'payment.stripeNote')}</p>
      </section>

      <section className="step" aria-labelledby="step-review">
        <h2 id="step-review">{t('steps.review')}</h2>
        <CheckoutReview cart={cart} />
        <p>
          <Link to="/cart">{t('changeCart')}</Link>
        </p>
        <div className="field">
          <label htmlFor="order-note">
            {t('note')}
            <span className="field__optional">{t(`${ACCOUNT_NS}:optional`)}</span>
          </label>
          <p id="order-note-hint" className="field-hint">
            {t('noteHint')}
          </p>
          <textarea
            id="order-note"
            rows={2}
            maxLength={200}
            value={note}
            aria-describedby="order-note-hint"
            onChange={(e) => setNote(e.target.value)}
          />
        </div>

        {(!cart.ready || !addressId) && (
          <p className="line-problem" id="place-blocked">
            {!cart.ready ? t('notReady') : t('needAddress')}
          </p>
        )}
        {outOfStock ? (
          <OutOfStockAlert failed={outOfStock} lines={cart.lines} />
        ) : (
          error && (
            <FormAlert error={error}>
              {isApiError(error) && !error.isClientError && <p>{t('retryNote')}</p>}
            </FormAlert>
          )
        )}
        <button
          type="button"
          className="button button--wide"
          data-testid="place-order"
          disabled={!addressId || !cart.ready || place.isPending}
          aria-describedby={!addressId || !cart.ready ? 'place-blocked' : undefined}
          onClick={placeOrder}
        >
          {t(place.isPending ? 'placing' : 'placeOrder')}
        </button>
      </section>
    </>
  );
}

function Checkout() {
  const { t } = useTranslation(CHECKOUT_NS);
  const cart = useCart();
  const addresses = useAddresses();
  // Failing to learn the methods leaves offline payment, which is always there: not worth an error.
  const paymentMethods = usePaymentMethods();
  useSessionEndsOn401(addresses.error);

  if (cart.isPending || addresses.isPending || paymentMethods.isPending) return <Spinner />;
  if (cart.isError)
    return <ErrorState error={cart.error} ns={ACCOUNT_NS} onRetry={() => void cart.refetch()} />;
  if (addresses.isError)
    return <ErrorState error={addresses.error} ns={ACCOUNT_NS} onRetry={() => void addresses.refetch()} />;
  if (cart.data.lines.length === 0)
    return (
      <EmptyState title={t('emptyCart')}>
        <Link to="/products" className="button">
          {t(`${CART_NS}:browse`)}
        </Link>
      </EmptyState>
    );
  return (
    <CheckoutForm
      cart={cart.data}
      addresses={addresses.data}
      methods={offeredPaymentMethods(paymentMethods.data?.methods)}
    />
  );
}

export function CheckoutPage() {
  const { t } = useTranslation([CHECKOUT_NS, CART_NS, ACCOUNT_NS]);
  return (
    <>
      <title>{t('documentTitle')}</title>
      <h1>{t('title')}</h1>
      <RequireSession>{() => <Checkout />}</RequireSession>
    </>
  );
}

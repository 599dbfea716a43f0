import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDto } from '@shanhai/shared/contracts';
import { Spinner, useLocalized } from '@shanhai/web/shared';
import { ORDERS_NS } from './orders-messages';
import { PaymentProblem } from './payment-problem';

// Stripe's code (and Stripe.js, fetched from Stripe) loads only here, for an unpaid Stripe order.
const StripePayment = lazy(() => import('./stripe-payment').then((m) => ({ default: m.StripePayment })));

export interface PaymentBlockProps {
  order: OrderDto;
  /** asks the API for the order again (a Stripe payment that could not be prepared yet) */
  onRefetch: () => void;
  refetching: boolean;
}

/** How to pay an unpaid order: the offline instructions, or the online payment form. */
export function PaymentBlock({ order, onRefetch, refetching }: PaymentBlockProps) {
  const { t } = useTranslation(ORDERS_NS);
  const localize = useLocalized();
  const payment = order.payment;

  if (order.paymentStatus !== 'unpaid') {
    return order.paymentStatus === 'paid' ? (
      <p className="notice" data-testid="payment-paid">
        {t('payment.paid')}
      </p>
    ) : null;
  }
  if (order.status !== 'awaiting_payment' || !payment) return null;

  if (payment.provider === 'offline' && payment.instructions) {
    return (
      <section className="payment" aria-labelledby="payment-title" data-testid="payment-instructions">
        <h2 id="payment-title">{t('payment.offlineTitle')}</h2>
        <p className="payment__instructions">{localize(payment.instructions)}</p>
      </section>
    );
  }
  if (payment.provider === 'stripe') {
    const { clientSecret, publishableKey } = payment;
    return (
      <section className="payment" aria-labelledby="payment-title" data-testid="stripe-payment">
        <h2 id="payment-title">{t('payment.stripeTitle')}</h2>
        {clientSecret && publishableKey ? (
          <Suspense fallback={<Spinner />}>
            <StripePayment
              orderId={order.id}
              totalFen={order.totalFen}
              clientSecret={clientSecret}
              publishableKey={publishableKey}
            />
          </Suspense>
        ) : (
          // The API could not reach Stripe when the order was made; it tries again on each read.
          <PaymentProblem
            message={payment.instructions ? localize(payment.instructions) : t('payment.notReady')}
            retryLabel={t(refetching ? 'payment.retrying' : 'payment.tryAgain')}
            retrying={refetching}
            onRetry={onRefetch}
          />
        )}
      </section>
    );
  }
  return null;
}

import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import type { PaymentIntent, StripeError } from '@stripe/stripe-js';
import { formatPrice, Spinner } from '@shanhai/web/shared';
import { ORDERS_NS } from './orders-messages';
import { usePaymentPolling } from './payment-polling';
import { PaymentProblem } from './payment-problem';

// Stripe took the money, or will shortly (some wallets settle a moment later): wait for the webhook.
const ACCEPTED: ReadonlySet<PaymentIntent.Status> = new Set(['succeeded', 'processing', 'requires_capture']);

export interface StripePaymentFormProps {
  orderId: string;
  totalFen: number;
  clientSecret: string;
  /** the Payment Element failed to load: build it anew */
  onReload: () => void;
}

/** The Payment Element, the pay button, and after paying the wait for the order to turn paid. */
export function StripePaymentForm({ orderId, totalFen, clientSecret, onReload }: StripePaymentFormProps) {
  const { t } = useTranslation(ORDERS_NS);
  const stripe = useStripe();
  const elements = useElements();
  const polling = usePaymentPolling(orderId);
  const startPolling = polling.start;
  const [searchParams] = useSearchParams();
  const [ready, setReady] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  const [paying, setPaying] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  // Card and validation errors come localized from Stripe and say what to fix; the others are
  // Stripe's words for developers.
  const messageOf = (error: StripeError) =>
    (error.type === 'card_error' || error.type === 'validation_error') && error.message
      ? error.message
      : t('payment.failed');

  // Back from a page Stripe sent the buyer to (Alipay, a bank's check): the return URL names the
  // payment, so ask Stripe how it went.
  const returnedSecret = searchParams.get('payment_intent_client_secret');
  useEffect(() => {
    if (!stripe || returnedSecret !== clientSecret) return;
    let current = true;
    stripe.retrievePaymentIntent(clientSecret).then(
      ({ paymentIntent }) => {
        if (!current || !paymentIntent) return;
        if (ACCEPTED.has(paymentIntent.status)) startPolling();
        else if (paymentIntent.status === 'requires_payment_method') setMessage(t('payment.notCompleted'));
      },
      // Not knowing is no worse than not having asked: the form stays.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [stripe, returnedSecret, clientSecret, startPolling, t]);

  const pay = async (event: FormEvent) => {
    event.preventDefault();
    if (!stripe || !elements || paying) return;
    setPaying(true);
    setMessage(null);
    try {
      const result = await stripe.confirmPayment({
        elements,
        confirmParams: { return_url: `${window.location.origin}/orders/${encodeURIComponent(orderId)}` },
        // Cards and WeChat Pay's QR code stay on this page; Alipay goes to its own and comes back.
        redirect: 'if_required',
      });
      if (result.error) setMessage(messageOf(result.error));
      else if (ACCEPTED.has(result.paymentIntent.status)) startPolling();
      else setMessage(t('payment.notCompleted'));
    } catch {
      setMessage(t('payment.failed'));
    } finally {
      setPaying(false);
    }
  };

  if (polling.active || polling.timedOut) {
    return (
      <div className="payment__pending" role="status" data-testid="payment-pending">
        {polling.timedOut ? (
          <>
            <p>{t('payment.slow')}</p>
            <button type="button" className="button button--ghost" onClick={startPolling}>
              {t('payment.checkAgain')}
            </button>
          </>
        ) : (
          <>
            <span className="spinner" aria-hidden="true" />
            <p>{t('payment.confirming')}</p>
            <p className="muted">{t('payment.confirmingHint')}</p>
          </>
        )}
      </div>
    );
  }

  if (loadFailed) {
    return <PaymentProblem message={t('payment.formFailed')} retryLabel={t('payment.retry')} onRetry={onReload} />;
  }

  return (
    <form className="payment__form" onSubmit={(event) => void pay(event)} noValidate>
      <p className="muted">{t('payment.stripeMethods')}</p>
      {!ready && <Spinner />}
      <div className="payment__element">
        <PaymentElement onReady={() => setReady(true)} onLoadError={() => setLoadFailed(true)} />
      </div>
      {message && (
        <div className="form-alert" role="alert">
          <p>{message}</p>
        </div>
      )}
      <button
        type="submit"
        className="button button--wide"
        data-testid="pay"
        disabled={!stripe || !elements || !ready || paying}
      >
        {paying ? t('payment.paying') : t('payment.pay', { amount: formatPrice(totalFen) })}
      </button>
    </form>
  );
}

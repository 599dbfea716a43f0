import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Elements } from '@stripe/react-stripe-js';
import type { StripeElementsOptions } from '@stripe/stripe-js';
import { Spinner, useLocale } from '@shanhai/web/shared';
import { ORDERS_NS } from './orders-messages';
import { PaymentProblem } from './payment-problem';
import { StripePaymentForm } from './stripe-payment-form';
import { stripeJsQueryOptions } from './stripe-js';

export interface StripePaymentProps {
  orderId: string;
  totalFen: number;
  clientSecret: string;
  publishableKey: string;
}

// The shell's brand colour and corners, so the form inside Stripe's frame looks like the page.
const APPEARANCE: StripeElementsOptions['appearance'] = {
  theme: 'stripe',
  variables: { colorPrimary: '#1f5c3f', borderRadius: '10px' },
};

/**
 * Card, Alipay and WeChat Pay through Stripe's Payment Element, in the app's language. The page
 * loads this module (and Stripe's code with it) only for an unpaid Stripe order.
 */
export function StripePayment({ orderId, totalFen, clientSecret, publishableKey }: StripePaymentProps) {
  const { t } = useTranslation(ORDERS_NS);
  const locale = useLocale();
  const stripe = useQuery(stripeJsQueryOptions(publishableKey));
  // A new Elements group when the form failed to load and the buyer asks to try again.
  const [formAttempt, setFormAttempt] = useState(0);
  const options = useMemo(
    (): StripeElementsOptions => ({ clientSecret, locale: locale === 'en' ? 'en' : 'zh', appearance: APPEARANCE }),
    [clientSecret, locale],
  );

  if (stripe.isPending) return <Spinner />;
  if (stripe.isError) {
    return (
      <PaymentProblem
        title={t('payment.loadFailedTitle')}
        message={t('payment.loadFailed')}
        retryLabel={t('payment.retry')}
        retrying={stripe.isFetching}
        onRetry={() => void stripe.refetch()}
      />
    );
  }
  return (
    <Elements key={`${clientSecret}/${formAttempt}`} stripe={stripe.data} options={options}>
      <StripePaymentForm
        orderId={orderId}
        totalFen={totalFen}
        clientSecret={clientSecret}
        onReload={() => setFormAttempt((n) => n + 1)}
      />
    </Elements>
  );
}

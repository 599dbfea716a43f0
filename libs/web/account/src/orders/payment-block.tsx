import { useTranslation } from 'react-i18next';
import type { OrderDto } from '@shanhai/shared/contracts';
import { useLocalized } from '@shanhai/web/shared';
import { ORDERS_NS } from './orders-messages';

/** How to pay an unpaid order: the offline instructions, or where the online payment form will be. */
export function PaymentBlock({ order }: { order: OrderDto }) {
  const { t } = useTranslation(ORDERS_NS);
  const localize = useLocalized();
  const payment = order.payment;

  if (order.paymentStatus !== 'unpaid') {
    return order.paymentStatus === 'paid' ? <p className="notice">{t('payment.paid')}</p> : null;
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
  if (payment.provider === 'stripe' && payment.publishableKey) {
    // The Stripe Payment Element mounts here in a later change.
    return (
      <section
        className="payment payment--placeholder"
        aria-labelledby="payment-title"
        data-testid="payment-placeholder"
      >
        <h2 id="payment-title">{t('payment.stripeTitle')}</h2>
        <p>{t('payment.stripeSoon')}</p>
      </section>
    );
  }
  return null;
}

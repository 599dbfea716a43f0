import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { vi } from 'vitest';
import type { PaymentIntent, Stripe, StripeElementsOptions, StripeError } from '@stripe/stripe-js';

// Stripe.js comes from Stripe's servers, which a test cannot reach: the specs replace the two
// Stripe modules with these stand-ins (vi.mock) and script what Stripe would answer.

export type ConfirmResult = { paymentIntent: Pick<PaymentIntent, 'status'> } | { error: Partial<StripeError> };

/** What an `<Elements>` was mounted with. */
export interface ElementsMount {
  stripe: unknown;
  options: StripeElementsOptions | undefined;
}

/** The scripted Stripe: its answers, and what the page asked of it. */
export const fakeStripe = {
  loadStripe: vi.fn<(publishableKey: string) => Promise<Stripe | null>>(),
  confirmPayment: vi.fn<(options: Record<string, unknown>) => Promise<ConfirmResult>>(),
  retrievePaymentIntent: vi.fn<(clientSecret: string) => Promise<ConfirmResult>>(),
  /** when true the Payment Element reports a load error instead of being ready */
  paymentElementFails: false,
  elementsMounts: [] as ElementsMount[],
};

/** The Stripe object loadStripe resolves to. */
export const stripeInstance = {
  confirmPayment: (options: Record<string, unknown>) => fakeStripe.confirmPayment(options),
  retrievePaymentIntent: (clientSecret: string) => fakeStripe.retrievePaymentIntent(clientSecret),
} as unknown as Stripe;

/** The Elements group useElements returns. */
export const elementsInstance = { fake: 'elements' };

/** Back to a Stripe that loads, accepts a payment, and knows of no earlier one. */
export function resetFakeStripe(): void {
  fakeStripe.loadStripe.mockReset().mockResolvedValue(stripeInstance);
  fakeStripe.confirmPayment.mockReset().mockResolvedValue({ paymentIntent: { status: 'succeeded' } });
  fakeStripe.retrievePaymentIntent.mockReset().mockResolvedValue({ paymentIntent: { status: 'requires_payment_method' } });
  fakeStripe.paymentElementFails = false;
  fakeStripe.elementsMounts.length = 0;
}

/** `@stripe/stripe-js` */
export const stripeJsModule = {
  loadStripe: (publishableKey: string) => fakeStripe.loadStripe(publishableKey),
};

const StripeContext = createContext<unknown>(null);

function Elements({
  stripe,
  options,
  children,
}: {
  stripe: unknown;
  options?: StripeElementsOptions;
  children?: ReactNode;
}) {
  useEffect(() => {
    fakeStripe.elementsMounts.push({ stripe, options });
  }, [stripe, options]);
  return <StripeContext.Provider value={stripe}>{children}</StripeContext.Provider>;
}

function PaymentElement({
  onReady,
  onLoadError,
}: {
  onReady?: (element: unknown) => void;
  onLoadError?: (event: { elementType: 'payment'; error: Partial<StripeError> }) => void;
}) {
  useEffect(() => {
    if (fakeStripe.paymentElementFails)
      onLoadError?.({ elementType: 'payment', error: { type: 'invalid_request_error', message: 'load failed' } });
    else onReady?.({});
    // Once per mount, as Stripe reports.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return <div data-testid="payment-element">Stripe Payment Element</div>;
}

/** `@stripe/react-stripe-js` */
export const reactStripeModule = {
  Elements,
  PaymentElement,
  useStripe: () => useContext(StripeContext),
  useElements: () => (useContext(StripeContext) ? elementsInstance : null),
};

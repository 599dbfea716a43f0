import { queryOptions } from '@tanstack/react-query';
import { loadStripe, type Stripe } from '@stripe/stripe-js';

// Stripe.js comes from Stripe's servers when the form is shown. Where they cannot be reached the
// request may hang rather than fail: give up after this long and offer a retry.
export const STRIPE_JS_TIMEOUT_MS = 20_000;

/** Loads Stripe.js for the key; fails (rather than resolving to null) when it is not there. */
export async function loadStripeJs(publishableKey: string): Promise<Stripe> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('Stripe.js took too long to load')), STRIPE_JS_TIMEOUT_MS);
  });
  try {
    const stripe = await Promise.race([loadStripe(publishableKey), timeout]);
    if (!stripe) throw new Error('Stripe.js is not available');
    return stripe;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One Stripe object per key for the whole visit, as Stripe asks. Not retried by itself: loadStripe
 * already tries twice, and the page offers a retry.
 */
export function stripeJsQueryOptions(publishableKey: string) {
  return queryOptions({
    queryKey: ['stripe-js', publishableKey] as const,
    queryFn: () => loadStripeJs(publishableKey),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    // A live Stripe object, not data to compare.
    structuralSharing: false,
  });
}

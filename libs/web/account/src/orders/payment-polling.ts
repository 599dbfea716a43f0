import { useCallback, useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { OrderStatus } from '@shanhai/shared/contracts';
import { orderQueryOptions } from '../api/get-order';

export const PAYMENT_POLL_INTERVAL_MS = 2_000;
export const PAYMENT_POLL_LIMIT_MS = 2 * 60_000;

/**
 * After Stripe accepted a payment the order turns paid only when Stripe's webhook reaches the API:
 * ask again every 2 s while the order still awaits payment, for at most 2 minutes. `false` stops.
 */
export function paymentPollDelay(
  status: OrderStatus | undefined,
  startedAt: number,
  now: number,
): number | false {
  if (status !== undefined && status !== 'awaiting_payment') return false;
  return now - startedAt < PAYMENT_POLL_LIMIT_MS ? PAYMENT_POLL_INTERVAL_MS : false;
}

export interface PaymentPolling {
  /** asking the API until the order is paid */
  active: boolean;
  /** two minutes went by and the order is still unpaid */
  timedOut: boolean;
  /** (re)starts the two minutes; the first answer is asked for at once */
  start: () => void;
}

/**
 * Polls `GET /api/orders/:id` once started. It shares the order page's query, so the page shows
 * the order as paid (and this form goes away) as soon as an answer says so.
 */
export function usePaymentPolling(orderId: string): PaymentPolling {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  // Which start ran out of time: a new start is not timed out.
  const [expiredStart, setExpiredStart] = useState<number | null>(null);
  const timedOut = startedAt !== null && expiredStart === startedAt;

  useQuery({
    ...orderQueryOptions(orderId),
    enabled: startedAt !== null && !timedOut,
    refetchInterval: (query) =>
      startedAt === null ? false : paymentPollDelay(query.state.data?.status, startedAt, Date.now()),
    // WeChat Pay's QR code is scanned with a phone: keep asking while the tab is in the background.
    refetchIntervalInBackground: true,
  });

  useEffect(() => {
    if (startedAt === null) return;
    const timer = setTimeout(() => setExpiredStart(startedAt), startedAt + PAYMENT_POLL_LIMIT_MS - Date.now());
    return () => clearTimeout(timer);
  }, [startedAt]);

  const start = useCallback(() => setStartedAt(Date.now()), []);
  return { active: startedAt !== null && !timedOut, timedOut, start };
}

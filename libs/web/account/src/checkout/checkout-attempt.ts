import type { CreateOrderRequest } from '@shanhai/shared/contracts';

/** Where the current attempt's key is kept: a reload after a lost answer is still the same attempt. */
export const ATTEMPT_STORAGE_KEY = 'shanhai.checkout-attempt';

interface Attempt {
  fingerprint: string;
  key: string;
}

/** Everything the order request says: the same fingerprint means the same attempt. */
export function attemptFingerprint(request: CreateOrderRequest): string {
  return JSON.stringify([
    request.addressId,
    request.paymentMethod,
    request.note ?? '',
    request.lines.map((line) => [line.sku, line.quantity]),
  ]);
}

/** A fresh key: crypto.randomUUID where the page is a secure context, else 128 random bits in hex. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

// Storage can be disabled (private mode): then the attempt lives as long as the page.
let inMemory: Attempt | null = null;

function readAttempt(storage: Storage | undefined): Attempt | null {
  try {
    const text = storage?.getItem(ATTEMPT_STORAGE_KEY);
    if (text) return JSON.parse(text) as Attempt;
  } catch {
    // fall through to the in-memory copy
  }
  return inMemory;
}

function writeAttempt(storage: Storage | undefined, attempt: Attempt | null): void {
  inMemory = attempt;
  try {
    if (attempt) storage?.setItem(ATTEMPT_STORAGE_KEY, JSON.stringify(attempt));
    else storage?.removeItem(ATTEMPT_STORAGE_KEY);
  } catch {
    // see readAttempt
  }
}

/**
 * The Idempotency-Key for this order request: the kept one when the request is the attempt that
 * was sent before (a retry after a network error or a lost answer, so the server answers with the
 * order it already made), a new one when the cart or the choices changed.
 */
export function idempotencyKeyFor(
  request: CreateOrderRequest,
  storage: Storage | undefined = globalThis.sessionStorage,
  makeKey: () => string = newIdempotencyKey,
): string {
  const fingerprint = attemptFingerprint(request);
  const kept = readAttempt(storage);
  if (kept?.fingerprint === fingerprint) return kept.key;
  const key = makeKey();
  writeAttempt(storage, { fingerprint, key });
  return key;
}

/** The attempt is over (an order was made, or the server gave a definite no): the next submit is new. */
export function endAttempt(storage: Storage | undefined = globalThis.sessionStorage): void {
  writeAttempt(storage, null);
}

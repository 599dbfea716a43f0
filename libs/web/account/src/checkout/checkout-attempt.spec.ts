import { afterEach, describe, expect, it } from 'vitest';
import { IdempotencyKeySchema, type CreateOrderRequest } from '@shanhai/shared/contracts';
import { ATTEMPT_STORAGE_KEY, endAttempt, idempotencyKeyFor, newIdempotencyKey } from './checkout-attempt';

const request: CreateOrderRequest = {
  addressId: '8d9c2f4e-4a7b-4c59-9d7e-2f1f6b1a0c01',
  paymentMethod: 'offline',
  lines: [
    { sku: 'TEA-50', quantity: 2 },
    { sku: 'MUSH-250', quantity: 1 },
  ],
};

let counter = 0;
const makeKey = () => `key-${++counter}`;

afterEach(() => endAttempt(sessionStorage));

describe('idempotencyKeyFor', () => {
  it('gives the same key to a retry of the same attempt, also after a reload', () => {
    const first = idempotencyKeyFor(request, sessionStorage, makeKey);
    expect(idempotencyKeyFor({ ...request, lines: [...request.lines] }, sessionStorage, makeKey)).toBe(first);
    expect(JSON.parse(sessionStorage.getItem(ATTEMPT_STORAGE_KEY)!)).toMatchObject({ key: first });
  });

  it('makes a new key when the cart or a choice changes', () => {
    const first = idempotencyKeyFor(request, sessionStorage, makeKey);
    const moreTea = { ...request, lines: [{ sku: 'TEA-50', quantity: 3 }, request.lines[1]] };
    const second = idempotencyKeyFor(moreTea, sessionStorage, makeKey);
    expect(second).not.toBe(first);
    const third = idempotencyKeyFor({ ...moreTea, note: '周末送货' }, sessionStorage, makeKey);
    expect(third).not.toBe(second);
    expect(
      idempotencyKeyFor({ ...moreTea, note: '周末送货', paymentMethod: 'stripe' }, sessionStorage, makeKey),
    ).not.toBe(third);
  });

  it('starts a new attempt once the last one ended', () => {
    const first = idempotencyKeyFor(request, sessionStorage, makeKey);
    endAttempt(sessionStorage);
    expect(idempotencyKeyFor(request, sessionStorage, makeKey)).not.toBe(first);
  });

  it('still works without storage', () => {
    const first = idempotencyKeyFor(request, undefined, makeKey);
    expect(idempotencyKeyFor(request, undefined, makeKey)).toBe(first);
  });
});

describe('newIdempotencyKey', () => {
  it('makes keys the API accepts (8–100 of letters, digits, - _ : .)', () => {
    const key = newIdempotencyKey();
    expect(IdempotencyKeySchema.safeParse(key).success).toBe(true);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { apiSend } from './api-send';
import { getSession } from './get-session';

function respond(status: number, body: string | null) {
  const fetchMock = vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(body, { status, headers: { 'Content-Type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('apiSend', () => {
  it('sends JSON with the method and extra headers, same-origin, and reads the JSON answer', async () => {
    const fetchMock = respond(201, JSON.stringify({ id: 'o1' }));
    await expect(
      apiSend('POST', '/api/orders', { body: { lines: [] }, headers: { 'Idempotency-Key': 'k-12345678' } }),
    ).resolves.toEqual({ id: 'o1' });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/orders');
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      body: '{"lines":[]}',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'Idempotency-Key': 'k-12345678',
      },
    });
  });

  it('resolves an empty 204 or 202 to undefined, and sends no body when there is none', async () => {
    const fetchMock = respond(204, null);
    await expect(apiSend('POST', '/api/auth/logout')).resolves.toBeUndefined();
    expect(fetchMock.mock.calls[0][1]).toMatchObject({
      body: undefined,
      headers: { Accept: 'application/json' },
    });
    respond(202, '');
    await expect(
      apiSend('POST', '/api/auth/password-reset', { body: { email: 'a@example.com' } }),
    ).resolves.toBeUndefined();
  });

  it('keeps the out-of-stock lines and the wait of a contract error', async () => {
    respond(
      409,
      JSON.stringify({
        statusCode: 409,
        code: 'OUT_OF_STOCK',
        message: 'x',
        lines: [{ sku: 'TEA-50', requested: 3, available: 1 }],
      }),
    );
    const outOfStock = await apiSend('POST', '/api/orders').catch((e: unknown) => e);
    expect(outOfStock).toBeInstanceOf(ApiError);
    expect((outOfStock as ApiError).lines).toEqual([{ sku: 'TEA-50', requested: 3, available: 1 }]);

    respond(
      429,
      JSON.stringify({ statusCode: 429, code: 'TOO_MANY_ATTEMPTS', message: 'x', retryAfterSeconds: 60 }),
    );
    const throttled = (await apiSend('POST', '/api/auth/login').catch((e: unknown) => e)) as ApiError;
    expect([throttled.status, throttled.code, throttled.retryAfterSeconds]).toEqual([
      429,
      'TOO_MANY_ATTEMPTS',
      60,
    ]);
  });
});

describe('getSession', () => {
  it('is the user when signed in, null for a guest, and fails on anything else', async () => {
    const user = {
      id: 'u1',
      email: 'a@example.com',
      displayName: null,
      role: 'consumer',
      cooperativeSlug: null,
    };
    respond(200, JSON.stringify({ user }));
    await expect(getSession()).resolves.toEqual(user);
    respond(401, JSON.stringify({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'x' }));
    await expect(getSession()).resolves.toBeNull();
    respond(503, JSON.stringify({ statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'x' }));
    await expect(getSession()).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
  });
});

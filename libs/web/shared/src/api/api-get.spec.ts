import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { apiGet } from './api-get';
import { productListSearchParams } from './get-products';

function respond(status: number, body: string, contentType = 'application/json') {
  const fetchMock = vi.fn(
    async () => new Response(body, { status, headers: { 'Content-Type': contentType } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('apiGet', () => {
  it('GETs JSON from the same origin with the query string', async () => {
    const fetchMock = respond(200, JSON.stringify([{ slug: 'tea' }]));
    const params = new URLSearchParams({ q: '茶', page: '2' });
    await expect(apiGet('/api/products', { params })).resolves.toEqual([{ slug: 'tea' }]);
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/products?q=%E8%8C%B6&page=2',
      expect.objectContaining({ headers: { Accept: 'application/json' } }),
    );
  });

  it('throws an ApiError with the status, code and field errors of a contract error body', async () => {
    respond(
      400,
      JSON.stringify({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'bad query',
        fields: { sort: ['must be one of'] },
      }),
    );
    const error = await caught(apiGet('/api/products'));
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('bad query');
    expect(error.fields).toEqual({ sort: ['must be one of'] });
    expect(error.isClientError).toBe(true);
  });

  it('makes a code up for an error without a contract body', async () => {
    respond(502, '<html>Bad gateway</html>', 'text/html');
    const gateway = await caught(apiGet('/api/story'));
    expect([gateway.status, gateway.code, gateway.isClientError]).toEqual([502, 'INTERNAL_ERROR', false]);
    respond(404, '');
    expect((await caught(apiGet('/api/nothing'))).code).toBe('NOT_FOUND');
  });

  it('refuses a 200 that is not JSON', async () => {
    respond(200, '<!doctype html>', 'text/html');
    expect((await caught(apiGet('/api/story'))).code).toBe('UNKNOWN');
  });

  it('reports a network failure as status 0, NETWORK_ERROR', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await caught(apiGet('/api/story'));
    expect([error.status, error.code]).toEqual([0, 'NETWORK_ERROR']);
  });

  it('lets an abort through untouched', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new DOMException('aborted', 'AbortError'))),
    );
    await expect(apiGet('/api/story')).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('productListSearchParams', () => {
  it('writes only the known keys that have a value, booleans and numbers as text', () => {
    const filter = {
      q: '苗银',
      category: undefined,
      certified: true,
      minPriceFen: 0,
      page: 2,
      extra: 'x',
    } as Parameters<typeof productListSearchParams>[0];
    expect(productListSearchParams(filter).toString()).toBe(
      'q=%E8%8B%97%E9%93%B6&minPriceFen=0&certified=true&page=2',
    );
  });
});

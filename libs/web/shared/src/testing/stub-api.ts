import { vi } from 'vitest';
import type { ErrorResponse } from '@shanhai/shared/contracts';

/** A canned answer with its status: `new Reply(201, order)`, `new Reply(204)`, `new Reply(409, errorBody)`. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body?: unknown,
  ) {}
}

/** A contract error answer. */
export function failure(status: number, code: string, extra: Partial<ErrorResponse> = {}): Reply {
  return new Reply(status, { statusCode: status, code, message: `${code} (server text)`, ...extra });
}

/** What the page sent: method, URL, headers, the parsed JSON body or the multipart form. */
export interface SentRequest {
  method: string;
  url: URL;
  headers: Headers;
  form: FormData | null;
  body: unknown;
}

/** A JSON fixture (answered with 200) or a `Reply`. */
type Answer = Reply | object;
type Route = Answer | ((request: SentRequest) => Answer);

/** A route that fails as fetch does when the server cannot be reached. */
export function networkDown(): never {
  throw new TypeError('Failed to fetch');
}

/**
 * Replaces `fetch` with a stub that answers by `'METHOD /path'` (or `'/path'` for any method),
 * query strings ignored, with JSON fixtures or `Reply`s; anything else gets a contract 404. A route
 * may be a function of the request (it may throw, as fetch does on a network failure).
 * `sent('POST /api/orders')` lists what the page sent there, in order.
 */
export function stubApi(routes: Record<string, Route>) {
  const requests: SentRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const request: SentRequest = {
      method,
      url,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      form: init.body instanceof FormData ? init.body : null,
    };
    requests.push(request);
    const route = routes[`${method} ${url.pathname}`] ?? routes[url.pathname];
    const answer: Answer =
      route === undefined
        ? failure(404, 'NOT_FOUND', { message: `no route ${method} ${url.pathname}` })
        : typeof route === 'function'
          ? route(request)
          : route;
    const reply = answer instanceof Reply ? answer : new Reply(200, answer);
    const body = reply.body === undefined ? null : JSON.stringify(reply.body);
    return new Response(body, { status: reply.status, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  const sent = (key: string) => requests.filter((r) => `${r.method} ${r.url.pathname}` === key);
  return { fetchMock, requests, sent };
}

import { vi } from 'vitest';
import type { ErrorResponse } from '@shanhai/shared/contracts';

/** A canned error answer: `{ status, body }` with a contract `ErrorResponse`. */
export class ApiFailure {
  constructor(
    readonly status: number,
    readonly body: ErrorResponse | string,
  ) {}
}

type Answer = unknown | ApiFailure;
type Route = Answer | ((url: URL, init?: RequestInit) => Answer);

/**
 * Replaces `fetch` with a stub answering the API's paths (query strings ignored for matching) with
 * JSON fixtures; unknown paths get a contract 404. Returns the mock to inspect the requested URLs.
 */
export function stubApi(routes: Record<string, Route>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const route = routes[url.pathname];
    const answer: Answer =
      route === undefined
        ? new ApiFailure(404, { statusCode: 404, code: 'NOT_FOUND', message: `no route ${url.pathname}` })
        : typeof route === 'function'
          ? (route as (url: URL, init?: RequestInit) => Answer)(url, init)
          : route;
    if (answer instanceof ApiFailure) {
      const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      return new Response(body, { status: answer.status, headers: { 'Content-Type': 'application/json' } });
    }
    return new Response(JSON.stringify(answer), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The URLs (path and query) requested for one API path, in order. */
export function requestedUrls(fetchMock: ReturnType<typeof stubApi>, pathname: string): URL[] {
  return fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === pathname);
}

/** The JSON bodies sent to one API path with one method, in order. */
export function sentBodies(
  fetchMock: ReturnType<typeof stubApi>,
  method: string,
  pathname: string,
): unknown[] {
  return fetchMock.mock.calls
    .filter(
      ([input, init]) =>
        (init?.method ?? 'GET') === method &&
        new URL(String(input), 'http://localhost').pathname === pathname,
    )
    .map(([, init]) => (typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined));
}

import { apiFetch } from './api-get';

export type ApiSendMethod = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface ApiSendOptions {
  /** Sent as JSON; a request schema's input type from the contracts. */
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Sends a state-changing request to a same-origin endpoint: JSON in, JSON out, or nothing for a
 * 204/202. Errors as `apiGet`: an `ApiError` with the contract's code, fields and lines.
 */
export function apiSend<T = void>(
  method: ApiSendMethod,
  path: string,
  options: ApiSendOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  return apiFetch<T>(
    path,
    {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    },
    true,
  );
}

import { ApiError, apiErrorFrom } from './api-error';
import { WebErrorCode } from '../i18n/common-messages';

export interface ApiGetOptions {
  params?: URLSearchParams;
  signal?: AbortSignal;
}

/**
 * One same-origin request (the session cookie goes along by fetch's default) with the contract's
 * error handling: a non-2xx answer or a network failure throws an `ApiError`. A 2xx answer must be
 * JSON, except an empty one when `allowEmpty` (204, 202), which resolves to undefined.
 */
export async function apiFetch<T>(url: string, init: RequestInit, allowEmpty = false): Promise<T> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, init);
    text = await response.text();
  } catch (error) {
    // An aborted request is TanStack Query's business, not an error to show.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, WebErrorCode.Network, error instanceof Error ? error.message : String(error));
  }
  let body: unknown = undefined;
  let isJson = text !== '';
  try {
    if (isJson) body = JSON.parse(text);
  } catch {
    isJson = false;
  }
  if (!response.ok) throw apiErrorFrom(response.status, body);
  if (!isJson && !(allowEmpty && text === '')) {
    throw new ApiError(response.status, WebErrorCode.Unknown, 'the response is not JSON');
  }
  return body as T;
}

/**
 * GETs a same-origin JSON endpoint. The body is typed by the caller from the contracts;
 * a non-2xx answer or a network failure throws an `ApiError`.
 */
export function apiGet<T>(path: string, options: ApiGetOptions = {}): Promise<T> {
  const query = options.params?.toString();
  const url = query ? `${path}?${query}` : path;
  return apiFetch<T>(url, { headers: { Accept: 'application/json' }, signal: options.signal });
}

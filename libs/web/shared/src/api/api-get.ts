import { ApiError, apiErrorFrom } from './api-error';
import { WebErrorCode } from '../i18n/common-messages';

export interface ApiGetOptions {
  params?: URLSearchParams;
  signal?: AbortSignal;
}

/**
 * GETs a same-origin JSON endpoint. The body is typed by the caller from the contracts;
 * a non-2xx answer or a network failure throws an `ApiError`.
 */
export async function apiGet<T>(path: string, options: ApiGetOptions = {}): Promise<T> {
  const query = options.params?.toString();
  const url = query ? `${path}?${query}` : path;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal: options.signal });
  } catch (error) {
    // An aborted request is TanStack Query's business, not an error to show.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, WebErrorCode.Network, error instanceof Error ? error.message : String(error));
  }
  let body: unknown = null;
  let isJson = true;
  try {
    body = await response.json();
  } catch {
    isJson = false;
  }
  if (!response.ok) throw apiErrorFrom(response.status, body);
  if (!isJson) throw new ApiError(response.status, WebErrorCode.Unknown, 'the response is not JSON');
  return body as T;
}

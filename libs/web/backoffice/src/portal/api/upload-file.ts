import { ApiError, WebErrorCode } from '@shanhai/web/shared';

/**
 * One file as multipart/form-data in its `file` field (what the portal's photo and scan endpoints
 * read). A refusal keeps the API's code and field problems (413 too large, 415 not an image, 422
 * too many pixels or unreadable); a proxy's own error page still gives its status.
 */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  let text: string;
  try {
    response = await fetch(path, {
      method: 'POST',
      body: form,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    text = await response.text();
  } catch (error) {
    throw new ApiError(0, WebErrorCode.Network, error instanceof Error ? error.message : String(error));
  }
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const b = (body ?? {}) as { code?: unknown; message?: unknown; fields?: Record<string, string[]> };
    if (typeof b.code === 'string' && typeof b.message === 'string')
      throw new ApiError(response.status, b.code, b.message, { fields: b.fields });
    const code =
      response.status === 413
        ? 'FILE_TOO_LARGE'
        : response.status >= 500
          ? 'INTERNAL_ERROR'
          : `HTTP_${response.status}`;
    throw new ApiError(response.status, code, `HTTP ${response.status}`);
  }
  if (body === undefined)
    throw new ApiError(response.status, WebErrorCode.Unknown, 'the response is not JSON');
  return body as T;
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AidImportChannel, AidImportDto } from '@shanhai/shared/contracts';
import { ApiError, WebErrorCode } from '@shanhai/web/shared';
import { aidImportQueryOptions } from './get-aid-import';
import { aidImportsQueryOptions } from './get-aid-imports';

export interface AidImportUpload {
  channel: AidImportChannel;
  file: File;
}

/** A 409 for a file uploaded before: the API names the earlier import (`importId`). */
export class DuplicateUploadError extends ApiError {
  readonly earlierImportId: string;

  constructor(status: number, code: string, message: string, earlierImportId: string) {
    super(status, code, message);
    this.earlierImportId = earlierImportId;
  }
}

function errorOf(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null) {
    const b = body as {
      code?: unknown;
      message?: unknown;
      fields?: Record<string, string[]>;
      importId?: unknown;
    };
    if (typeof b.code === 'string' && typeof b.message === 'string') {
      if (status === 409 && typeof b.importId === 'string')
        return new DuplicateUploadError(status, b.code, b.message, b.importId);
      return new ApiError(status, b.code, b.message, { fields: b.fields });
    }
  }
  // A proxy's own 413 page, or a body that is not the contract's: the status still says what happened.
  return new ApiError(status, status >= 500 ? 'INTERNAL_ERROR' : `HTTP_${status}`, `HTTP ${status}`);
}

/**
 * `POST /api/aid/imports` as multipart: the `channel` field, then the `file` part (a streaming
 * multipart parser sees only the fields sent before the file). Answers 202 with the import, which
 * is then checked in the background.
 */
export async function uploadAidImport({ channel, file }: AidImportUpload): Promise<AidImportDto> {
  const form = new FormData();
  form.append('channel', channel);
  form.append('file', file, file.name);
  let response: Response;
  let text: string;
  try {
    response = await fetch('/api/aid/imports', {
      method: 'POST',
      body: form,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    text = await response.text();
  } catch (error) {
    throw new ApiError(0, WebErrorCode.Network, error instanceof Error ? error.message : String(error));
  }
  let body: unknown = undefined;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) throw errorOf(response.status, body);
  if (body === undefined)
    throw new ApiError(response.status, WebErrorCode.Unknown, 'the response is not JSON');
  return body as AidImportDto;
}

/** Uploads a file; the answer seeds the import's own query, so its page shows at once. */
export function useUploadAidImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAidImport,
    onSuccess: (created) => {
      queryClient.setQueryData(aidImportQueryOptions(created.id).queryKey, created);
      void queryClient.invalidateQueries({ queryKey: aidImportsQueryOptions().queryKey });
    },
  });
}

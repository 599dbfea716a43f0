import type { ErrorResponse, OutOfStockLineDto } from '@shanhai/shared/contracts';
import { WebErrorCode } from '../i18n/common-messages';

/** The optional parts of a contract error body that a page may act on. */
export type ApiErrorDetails = Pick<ErrorResponse, 'fields' | 'lines' | 'retryAfterSeconds'>;

/** A failed API call: the HTTP status (0 when the server was not reached) and the contract's error code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string[]> | undefined;
  /** OUT_OF_STOCK: the lines that could not be filled. */
  readonly lines: OutOfStockLineDto[] | undefined;
  /** TOO_MANY_ATTEMPTS: seconds until the next try. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, code: string, message: string, details: ApiErrorDetails = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = details.fields;
    this.lines = details.lines;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }

  /** 4xx: asking again gives the same answer. */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isErrorResponse(body: unknown): body is ErrorResponse {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return typeof b['code'] === 'string' && typeof b['message'] === 'string';
}

/** Builds the error for a non-2xx response, whether or not its body follows the contract. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  if (isErrorResponse(body)) {
    const { fields, lines, retryAfterSeconds } = body;
    return new ApiError(status, body.code, body.message, { fields, lines, retryAfterSeconds });
  }
  const code = status === 404 ? 'NOT_FOUND' : status >= 500 ? 'INTERNAL_ERROR' : WebErrorCode.Unknown;
  return new ApiError(status, code, `HTTP ${status}`);
}

/**
 * Error codes the API returns in `{ code }`. The web translates each code;
 * an unknown code falls back to the message.
 */
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  NotFound: 'NOT_FOUND',
  ProductNotFound: 'PRODUCT_NOT_FOUND',
  CooperativeNotFound: 'COOPERATIVE_NOT_FOUND',
  MediaNotFound: 'MEDIA_NOT_FOUND',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  InternalError: 'INTERNAL_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The body of every error response. `fields` maps a field path to its messages. */
export interface ErrorResponse {
  statusCode: number;
  code: ErrorCode | string;
  message: string;
  fields?: Record<string, string[]>;
}

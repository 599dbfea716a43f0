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
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  EmailTaken: 'EMAIL_TAKEN',
  TooManyAttempts: 'TOO_MANY_ATTEMPTS',
  InvalidResetToken: 'INVALID_RESET_TOKEN',
  CrossSiteRequest: 'CROSS_SITE_REQUEST',
  SkuNotFound: 'SKU_NOT_FOUND',
  AddressNotFound: 'ADDRESS_NOT_FOUND',
  OrderNotFound: 'ORDER_NOT_FOUND',
  FulfilmentNotFound: 'FULFILMENT_NOT_FOUND',
  OutOfStock: 'OUT_OF_STOCK',
  IdempotencyKeyRequired: 'IDEMPOTENCY_KEY_REQUIRED',
  IdempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
  InvalidTransition: 'INVALID_TRANSITION',
  NotCancellable: 'NOT_CANCELLABLE',
  PaymentProviderUnavailable: 'PAYMENT_PROVIDER_UNAVAILABLE',
  PeriodClosed: 'PERIOD_CLOSED',
  PeriodNotClosable: 'PERIOD_NOT_CLOSABLE',
  PeriodAlreadyClosed: 'PERIOD_ALREADY_CLOSED',
  IndicatorNotFound: 'INDICATOR_NOT_FOUND',
  IndicatorKeyTaken: 'INDICATOR_KEY_TAKEN',
  OpeningBalanceFixed: 'OPENING_BALANCE_FIXED',
  InternalError: 'INTERNAL_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The body of every error response. `fields` maps a field path to its messages. */
export interface ErrorResponse {
  statusCode: number;
  code: ErrorCode | string;
  message: string;
  fields?: Record<string, string[]>;
  /** OUT_OF_STOCK: the lines that could not be filled */
  lines?: { sku: string; requested: number; available: number }[];
  /** TOO_MANY_ATTEMPTS: seconds until the next try */
  retryAfterSeconds?: number;
}

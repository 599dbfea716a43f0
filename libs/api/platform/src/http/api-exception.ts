import { HttpException } from '@nestjs/common';
import type { ErrorCode, ErrorResponse } from '@shanhai/shared/contracts';

/**
 * An expected business outcome (not found, out of stock, …) with a code the web translates.
 * Each domain throws these through its own small factory so codes stay in one place.
 */
export class ApiException extends HttpException {
  constructor(status: number, code: ErrorCode | string, message: string, fields?: Record<string, string[]>) {
    const body: ErrorResponse = { statusCode: status, code, message, ...(fields ? { fields } : {}) };
    super(body, status);
  }
}

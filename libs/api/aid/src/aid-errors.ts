import { ApiException } from '@shanhai/api/platform';
import { ErrorCode } from '@shanhai/shared/contracts';

/** 400 with a message per field, like the validation pipe's, for what only the database can tell (an unknown slug). */
export function invalidFields(fields: Record<string, string[]>): ApiException {
  return new ApiException(400, ErrorCode.ValidationFailed, `Invalid request — ${Object.keys(fields).join(', ')}`, fields);
}

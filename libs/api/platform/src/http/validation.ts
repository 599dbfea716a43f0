import { StandardSchemaValidationPipe } from '@nestjs/common';
import { ErrorCode } from '@shanhai/shared/contracts';
import { ApiException } from './api-exception';
import { issuesToFields } from './issues-to-fields';

/**
 * The global pipe: every `@Query({ schema })`, `@Body({ schema })` and `@Param({ schema })`
 * is validated with the contract's schema and refused with 400 and a message per field.
 */
export function createValidationPipe(): StandardSchemaValidationPipe {
  return new StandardSchemaValidationPipe({
    transform: true,
    exceptionFactory: (issues) => {
      const fields = issuesToFields(issues);
      const summary = Object.entries(fields)
        .map(([k, msgs]) => `${k}: ${msgs.join(', ')}`)
        .join('; ');
      return new ApiException(400, ErrorCode.ValidationFailed, `Invalid request — ${summary}`, fields);
    },
  });
}

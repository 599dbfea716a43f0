import { useMutation } from '@tanstack/react-query';
import type { RegisterRequest, SessionResponse } from '@shanhai/shared/contracts';
import { apiSend } from '@shanhai/web/shared';

/** Creates the account and signs in (201); 409 EMAIL_TAKEN, 400 VALIDATION_FAILED with fields. */
export function register(request: RegisterRequest): Promise<SessionResponse> {
  return apiSend<SessionResponse>('POST', '/api/auth/register', { body: request });
}

export function useRegister() {
  return useMutation({ mutationFn: register });
}

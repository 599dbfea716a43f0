import { useMutation } from '@tanstack/react-query';
import type { PasswordResetRequest } from '@shanhai/shared/contracts';
import { apiSend } from '@shanhai/web/shared';

/** Mails a reset link; the answer is 202 whether or not the account exists. */
export function requestPasswordReset(request: PasswordResetRequest): Promise<void> {
  return apiSend('POST', '/api/auth/password-reset', { body: request });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

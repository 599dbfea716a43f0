import { useMutation } from '@tanstack/react-query';
import type { PasswordResetConfirm } from '@shanhai/shared/contracts';
import { apiSend } from '@shanhai/web/shared';

/** Sets the new password with the mailed token (204); 400 INVALID_RESET_TOKEN. */
export function confirmPasswordReset(request: PasswordResetConfirm): Promise<void> {
  return apiSend('POST', '/api/auth/password-reset/confirm', { body: request });
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}

import { useMutation } from '@tanstack/react-query';
import type { LoginRequest, SessionResponse } from '@shanhai/shared/contracts';
import { apiSend } from '@shanhai/web/shared';

/** 401 INVALID_CREDENTIALS; 429 TOO_MANY_ATTEMPTS with `retryAfterSeconds`. */
export function login(request: LoginRequest): Promise<SessionResponse> {
  return apiSend<SessionResponse>('POST', '/api/auth/login', { body: request });
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}

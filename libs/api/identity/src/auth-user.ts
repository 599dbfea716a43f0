import type { UserRole } from '@shanhai/shared/contracts';

/** Who is making a request, as the guards put it on the request. */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string | null;
  role: UserRole;
  cooperativeId: string | null;
  cooperativeSlug: string | null;
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    user?: AuthUser;
  }
}

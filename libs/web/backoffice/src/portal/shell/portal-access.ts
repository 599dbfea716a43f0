import type { UserDto } from '@shanhai/shared/contracts';

/**
 * What the portal opens for whom: a guest signs in first; a member of a cooperative gets the
 * portal; an admin is pointed to the admin console; anyone else (a shopper) may apply.
 */
export type PortalAccess = 'sign-in' | 'member' | 'admin' | 'applicant';

export function portalAccess(user: UserDto | null): PortalAccess {
  if (!user) return 'sign-in';
  if (user.role === 'cooperative' && user.cooperativeSlug) return 'member';
  if (user.role === 'admin') return 'admin';
  return 'applicant';
}

/**
 * `/login?next=/admin/aid`: the storefront's sign-in page, then back here. Slashes stay readable
 * in the query. (The account lib keeps the same rule for its own pages; its sign-in page checks
 * that `next` stays on this site.)
 */
export function loginPath(next: string): string {
  return `/login?next=${encodeURIComponent(next).replace(/%2F/g, '/')}`;
}

/**
 * Where to go after signing in: a path on this site only (`/checkout`), never another origin
 * (`//evil.example`, `https://…`, `/\evil`), so a crafted link cannot send the user away.
 */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  return next;
}

/** `/login?next=/checkout`: the sign-in page, then back to `next`. Slashes stay readable in the query. */
export function loginPath(next: string, page: 'login' | 'register' = 'login'): string {
  return `/${page}?next=${encodeURIComponent(next).replace(/%2F/g, '/')}`;
}

/** Turns a failure to reach or use PostgreSQL into one line that tells the operator what to do. */
export function describeDatabaseError(error: unknown, url: string | undefined): string {
  const e = error as { code?: string; message?: string };
  const where = url ? safeUrl(url) : 'the embedded PostgreSQL';
  switch (e?.code) {
    case 'ECONNREFUSED':
      return `Cannot reach PostgreSQL at ${where} (connection refused). Start the server, fix DATABASE_URL, or unset DATABASE_URL to use the embedded database.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot resolve the PostgreSQL host in DATABASE_URL (${where}). Check the host name.`;
    case 'ETIMEDOUT':
      return `Timed out connecting to PostgreSQL at ${where}. Check the network and DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} refused the credentials. Check the user and password in DATABASE_URL.`;
    case '3D000':
      return `The database in DATABASE_URL (${where}) does not exist. Create it (createdb) or point DATABASE_URL at an existing one.`;
    case '42501':
      return `The PostgreSQL user lacks a permission it needs at ${where}: ${e.message ?? ''}`.trim();
    case '57P03':
      return `PostgreSQL at ${where} is starting up or shutting down. Try again in a moment.`;
    default:
      return `Database error at ${where}: ${e?.message ?? String(error)}`;
  }
}

/** The URL without its password, for messages and logs. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

/** Connection-level failures, as opposed to errors in a query. */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string })?.code ?? '';
  return ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN', '57P01', '57P03', '08006', '08001', '08003'].includes(code);
}

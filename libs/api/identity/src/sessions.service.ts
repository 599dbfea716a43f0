import { Injectable } from '@nestjs/common';
import { q } from '@shanhai/api/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from './auth-user';
import { SESSION_DAYS } from './cookies';
import { newToken, plausibleToken, tokenHash } from './tokens';

/**
 * The condition that makes a session row (`alias`) live for the token hash in `param`: not
 * revoked, not expired. Statements that check the session themselves use it, so there is one
 * definition of a live session.
 */
export function liveSession(alias: string, param: string): string {
  return `${alias}.token_hash = ${param} AND ${alias}.revoked_at IS NULL AND ${alias}.expires_at > now()`;
}

const RESOLVE_SQL = `SELECT s.id AS session_id, u.id, u.email, u.display_name, u.role, u.cooperative_id, co.slug AS cooperative_slug
  FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN cooperatives co ON co.id = u.cooperative_id
  WHERE ${liveSession('s', '$1')}`;

@Injectable()
export class SessionsService {
  constructor(private readonly db: DataSource) {}

  /** Opens a session and returns its token (only its hash is kept). */
  async open(userId: string, meta: { userAgent?: string; ip?: string }, em: EntityManager = this.db.manager): Promise<string> {
    const token = newToken();
    await em.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at, user_agent, ip)
       VALUES ($1, $2, now() + make_interval(days => $3), $4, $5)`,
      [userId, tokenHash(token), SESSION_DAYS, meta.userAgent?.slice(0, 300) ?? null, meta.ip ?? null],
    );
    return token;
  }

  /** The user of a live session, or null. One indexed query per authenticated request. */
  async resolve(token: string | undefined): Promise<AuthUser | null> {
    if (!plausibleToken(token)) return null;
    const rows: {
      session_id: string;
      id: string;
      email: string;
      display_name: string | null;
      role: AuthUser['role'];
      cooperative_id: string | null;
      cooperative_slug: string | null;
    }[] = await q(this.db, RESOLVE_SQL, [tokenHash(token)]);
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      email: r.email,
      displayName: r.display_name,
      role: r.role,
      cooperativeId: r.cooperative_id,
      cooperativeSlug: r.cooperative_slug,
      sessionId: r.session_id,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.query('UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [sessionId]);
  }

  async revokeAll(userId: string, em: EntityManager = this.db.manager): Promise<void> {
    await em.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { ApiException, APP_CONFIG, emitEvent, RateLimiter, sqlRows, type AppConfig } from '@shanhai/api/platform';
import {
  ErrorCode,
  type LoginRequest,
  type PasswordResetConfirm,
  type RegisterRequest,
  type UserDto,
} from '@shanhai/shared/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from './auth-user';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';
import { SessionsService } from './sessions.service';
import { newToken, tokenHash } from './tokens';

// Per account: a guessing attacker gets 10 tries per 15 minutes; per IP: 50, across accounts.
const ACCOUNT_LIMIT = 10;
const IP_LIMIT = 50;
const WINDOW_SECONDS = 15 * 60;
const RESET_TOKEN_MINUTES = 60;

interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  display_name: string | null;
  role: UserDto['role'];
  cooperative_slug: string | null;
}

const toDto = (u: Pick<UserRow, 'id' | 'email' | 'display_name' | 'role' | 'cooperative_slug'>): UserDto => ({
  id: u.id,
  email: u.email,
  displayName: u.display_name,
  role: u.role,
  cooperativeSlug: u.cooperative_slug,
});

export const authUserToDto = (u: AuthUser): UserDto => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  cooperativeSlug: u.cooperativeSlug,
});

export interface ClientMeta {
  ip: string;
  userAgent?: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new consumer account, signed in. */
  async register(input: RegisterRequest, meta: ClientMeta): Promise<{ user: UserDto; token: string }> {
    await this.throttle(`register:ip:${meta.ip}`, IP_LIMIT);
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (em) => {
      const rows: UserRow[] = await em.query(
        `INSERT INTO users (email, password_hash, display_name, role) VALUES ($1, $2, $3, 'consumer')
         ON CONFLICT (email) DO NOTHING RETURNING id, email, display_name, role, NULL AS cooperative_slug`,
        [input.email, passwordHash, input.displayName ?? null],
      );
      if (!rows.length) throw new ApiException(409, ErrorCode.EmailTaken, 'An account with this email exists; sign in instead.');
      const token = await this.sessions.open(rows[0].id, meta, em);
      return { user: toDto(rows[0]), token };
    });
  }

  /** Checks the password under per-account and per-IP limits shared by every process. */
  async login(input: LoginRequest, meta: ClientMeta): Promise<{ user: UserDto; token: string }> {
    const accountKey = `login:account:${input.email}`;
    await this.throttle(`login:ip:${meta.ip}`, IP_LIMIT);
    await this.throttle(accountKey, ACCOUNT_LIMIT);
    const rows: UserRow[] = await this.db.query(
      `SELECT u.id, u.email, u.password_hash, u.display_name, u.role, co.slug AS cooperative_slug
       FROM users u LEFT JOIN cooperatives co ON co.id = u.cooperative_id WHERE u.email = $1`,
      [input.email],
    );
    const user = rows[0];
    const ok = user ? await verifyPassword(user.password_hash, input.password) : await verifyAgainstDummy(input.password);
    if (!user || !ok) throw new ApiException(401, ErrorCode.InvalidCredentials, 'The email or password is wrong.');
    await this.limiter.reset(accountKey);
    const token = await this.sessions.open(user.id, meta);
    return { user: toDto(user), token };
  }

  async logout(user: AuthUser | undefined): Promise<void> {
    if (user) await this.sessions.revoke(user.sessionId);
  }

  /** Mails a reset link when the account exists; answers the same either way. */
  async requestReset(email: string, meta: ClientMeta): Promise<void> {
    await this.throttle(`reset:ip:${meta.ip}`, IP_LIMIT);
    const limited = await this.limiter.hit(`reset:account:${email}`, 3, WINDOW_SECONDS);
    if (!limited.allowed) return;
    await this.db.transaction(async (em) => {
      const rows: { id: string }[] = await em.query('SELECT id FROM users WHERE email = $1', [email]);
      if (!rows.length) return;
      const token = newToken();
      await em.query(
        `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`,
        [rows[0].id, tokenHash(token), RESET_TOKEN_MINUTES],
      );
      await emitEvent(em, 'mail.password_reset', rows[0].id, {
        to: email,
        link: `${this.config.publicUrl}/reset-password?token=${token}`,
        minutes: RESET_TOKEN_MINUTES,
      });
    });
  }

  /** Sets the new password, spends the token and signs out every session of the account. */
  async confirmReset(input: PasswordResetConfirm): Promise<void> {
    const passwordHash = await hashPassword(input.password);
    await this.db.transaction(async (em) => {
      const rows = await sqlRows<{ id: string; user_id: string }>(
        em,
        `UPDATE password_reset_tokens SET used_at = now()
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING id, user_id`,
        [tokenHash(input.token)],
      );
      if (!rows.length) throw new ApiException(400, ErrorCode.InvalidResetToken, 'This reset link is invalid or has expired.');
      await em.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1', [rows[0].user_id, passwordHash]);
      await this.sessions.revokeAll(rows[0].user_id, em);
    });
  }

  private async throttle(key: string, limit: number): Promise<void> {
    const d = await this.limiter.hit(key, limit, WINDOW_SECONDS);
    if (!d.allowed) {
      const e = new ApiException(429, ErrorCode.TooManyAttempts, `Too many attempts; try again in ${d.retryAfterSeconds} s.`);
      (e.getResponse() as { retryAfterSeconds?: number }).retryAfterSeconds = d.retryAfterSeconds;
      throw e;
    }
  }
}

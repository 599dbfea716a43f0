import { Inject, Injectable } from '@nestjs/common';
import { ApiException, APP_CONFIG, emitEvent, q, recordAudit, sqlRows, type AppConfig, type AuditOrigin } from '@shanhai/api/platform';
import {
  ErrorCode,
  PortalErrorCode,
  type AcceptInvitationRequest,
  type InvitationDto,
  type MembersDto,
  type UserDto,
} from '@shanhai/shared/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth-user';
import { hashPassword } from '../password';
import { SessionsService } from '../sessions.service';
import { newToken, tokenHash } from '../tokens';

const INVITATION_DAYS = 7;
export const INVITATION_MAIL = 'mail.cooperative_invitation';

interface InvitationRow {
  id: string;
  email: string;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const toDto = (r: InvitationRow): InvitationDto => ({
  id: r.id,
  email: r.email,
  expiresAt: new Date(r.expires_at).toISOString(),
  acceptedAt: iso(r.accepted_at),
  revokedAt: iso(r.revoked_at),
  createdAt: new Date(r.created_at).toISOString(),
});

const notFound = () => new ApiException(404, PortalErrorCode.InvitationNotFound, 'This invitation is invalid, used, revoked or expired.');

/** Members of a cooperative are added by invitation only: a mailed link, accepted by that email's owner. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Invites an email to act for a cooperative (by one of its members or an admin); mails the link. */
  async invite(cooperativeId: string, email: string, actorUserId: string, origin: AuditOrigin): Promise<InvitationDto> {
    return this.db.transaction(async (em) => {
      const [coop] = await q<{ slug: string; name_zh: string; name_en: string }>(
        em,
        'SELECT slug, name_zh, name_en FROM cooperatives WHERE id = $1',
        [cooperativeId],
      );
      if (!coop) throw new ApiException(404, ErrorCode.CooperativeNotFound, 'No such cooperative');
      const [member] = await q<{ id: string }>(em, 'SELECT id FROM users WHERE email = $1 AND cooperative_id = $2', [email, cooperativeId]);
      if (member) throw new ApiException(409, PortalErrorCode.AlreadyMember, `${email} is already a member.`);
      // a new invitation to the same address replaces an open one
      await em.query(
        'UPDATE cooperative_invitations SET revoked_at = now() WHERE cooperative_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL',
        [cooperativeId, email],
      );
      const token = newToken();
      const [row] = await q<InvitationRow>(
        em,
        `INSERT INTO cooperative_invitations (cooperative_id, email, token_hash, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(days => $5))
         RETURNING id, email, expires_at, accepted_at, revoked_at, created_at`,
        [cooperativeId, email, tokenHash(token), actorUserId, INVITATION_DAYS],
      );
      await emitEvent(em, INVITATION_MAIL, row.id, {
        to: email,
        cooperative: { zh: coop.name_zh, en: coop.name_en },
        link: `${this.config.publicUrl}/co/join?token=${token}`,
        days: INVITATION_DAYS,
      });
      const dto = toDto(row);
      await recordAudit(em, {
        actorUserId,
        action: 'cooperative.invitation.create',
        entity: 'cooperative_invitation',
        entityId: row.id,
        before: null,
        after: { cooperativeId, email, expiresAt: dto.expiresAt },
        ...origin,
      });
      return dto;
    });
  }

  async members(cooperativeId: string): Promise<MembersDto> {
    const [members, invitations] = await Promise.all([
      q<{ id: string; email: string; display_name: string | null; created_at: Date }>(
        this.db,
        `SELECT id, email, display_name, created_at FROM users WHERE cooperative_id = $1 ORDER BY created_at, email`,
        [cooperativeId],
      ),
      q<InvitationRow>(
        this.db,
        `SELECT id, email, expires_at, accepted_at, revoked_at, created_at FROM cooperative_invitations
         WHERE cooperative_id = $1 ORDER BY created_at DESC LIMIT 100`,
        [cooperativeId],
      ),
    ]);
    return {
      members: members.map((m) => ({ id: m.id, email: m.email, displayName: m.display_name, createdAt: new Date(m.created_at).toISOString() })),
      invitations: invitations.map(toDto),
    };
  }

  /** Withdraws an open invitation of the cooperative; another cooperative's answers 404. */
  async revoke(cooperativeId: string, invitationId: string, actorUserId: string, origin: AuditOrigin): Promise<void> {
    await this.db.transaction(async (em) => {
      const rows = await sqlRows<InvitationRow>(
        em,
        `UPDATE cooperative_invitations SET revoked_at = now()
         WHERE id = $1 AND cooperative_id = $2 AND accepted_at IS NULL AND revoked_at IS NULL
         RETURNING id, email, expires_at, accepted_at, revoked_at, created_at`,
        [invitationId, cooperativeId],
      );
      if (!rows.length) throw notFound();
      await recordAudit(em, {
        actorUserId,
        action: 'cooperative.invitation.revoke',
        entity: 'cooperative_invitation',
        entityId: invitationId,
        before: { email: rows[0].email, revokedAt: null },
        after: { email: rows[0].email, revokedAt: iso(rows[0].revoked_at) },
        ...origin,
      });
    });
  }

  /**
   * Accepts an invitation. Signed in: the account must be the invited email's and a consumer's
   * (an admin or another cooperative's member is not silently moved). Not signed in: a new
   * account is made for the invited email with the given password, and signed in.
   */
  async accept(
    input: AcceptInvitationRequest,
    user: AuthUser | undefined,
    meta: { ip: string; userAgent?: string },
  ): Promise<{ user: UserDto; token: string | null }> {
    const passwordHash = !user && input.password ? await hashPassword(input.password) : null;
    return this.db.transaction(async (em) => {
      const [inv] = await q<{ id: string; cooperative_id: string; email: string; slug: string }>(
        em,
        `SELECT i.id, i.cooperative_id, i.email, co.slug FROM cooperative_invitations i JOIN cooperatives co ON co.id = i.cooperative_id
         WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now() FOR UPDATE OF i`,
        [tokenHash(input.token)],
      );
      if (!inv) throw notFound();
      let userId: string;
      let token: string | null = null;
      if (user) {
        if (user.email !== inv.email) {
          throw new ApiException(403, PortalErrorCode.InvitationWrongAccount, `This invitation is for ${inv.email}; sign in with that account.`);
        }
        if (user.role !== 'consumer') {
          throw new ApiException(409, PortalErrorCode.AlreadyMember, 'This account already has a role; ask an admin to change it.');
        }
        userId = user.id;
      } else {
        const existing = await q<{ id: string }>(em, 'SELECT id FROM users WHERE email = $1', [inv.email]);
        if (existing.length) {
          throw new ApiException(409, ErrorCode.EmailTaken, `An account for ${inv.email} exists; sign in with it, then accept.`);
        }
        if (!passwordHash) {
          throw new ApiException(400, ErrorCode.ValidationFailed, 'Choose a password for the new account.', { password: ['is required'] });
        }
        const [created] = await q<{ id: string }>(
          em,
          `INSERT INTO users (email, password_hash, display_name, role) VALUES ($1, $2, $3, 'consumer') RETURNING id`,
          [inv.email, passwordHash, input.displayName ?? null],
        );
        userId = created.id;
      }
      await em.query(`UPDATE users SET role = 'cooperative', cooperative_id = $2, updated_at = now() WHERE id = $1`, [userId, inv.cooperative_id]);
      await em.query('UPDATE cooperative_invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1', [inv.id, userId]);
      await recordAudit(em, {
        actorUserId: userId,
        action: 'cooperative.invitation.accept',
        entity: 'user',
        entityId: userId,
        before: { role: user?.role ?? null, cooperativeId: null },
        after: { role: 'cooperative', cooperativeId: inv.cooperative_id, invitationId: inv.id },
        ip: meta.ip,
        userAgent: meta.userAgent ?? null,
      });
      if (!user) token = await this.sessions.open(userId, meta, em);
      const [u] = await q<{ display_name: string | null }>(em, 'SELECT display_name FROM users WHERE id = $1', [userId]);
      return {
        user: { id: userId, email: inv.email, displayName: u.display_name, role: 'cooperative', cooperativeSlug: inv.slug },
        token,
      };
    });
  }
}

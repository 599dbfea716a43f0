import { Injectable } from '@nestjs/common';
import { ApiException, q, recordAudit, type AuditOrigin } from '@shanhai/api/platform';
import {
  ErrorCode,
  PortalErrorCode,
  type AdminUserDto,
  type RoleChangeRequest,
  type UserSearch,
} from '@shanhai/shared/contracts';
import { DataSource } from 'typeorm';

interface UserRow {
  id: string;
  email: string;
  display_name: string | null;
  role: AdminUserDto['role'];
  cooperative_id: string | null;
  cooperative_slug: string | null;
  created_at: Date;
}

const COLUMNS = `u.id, u.email, u.display_name, u.role, u.cooperative_id, co.slug AS cooperative_slug, u.created_at`;
const FROM = `FROM users u LEFT JOIN cooperatives co ON co.id = u.cooperative_id`;
const PAGE = 50;

const toDto = (r: UserRow): AdminUserDto => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  role: r.role,
  cooperativeSlug: r.cooperative_slug,
  createdAt: new Date(r.created_at).toISOString(),
});

/** Admins find accounts and change who is a consumer, an admin or a cooperative's member. */
@Injectable()
export class AdminUsersService {
  constructor(private readonly db: DataSource) {}

  async search(query: UserSearch): Promise<AdminUserDto[]> {
    const like = query.q ? `%${query.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
    const rows = await q<UserRow>(
      this.db,
      `SELECT ${COLUMNS} ${FROM}
       WHERE ($1::text IS NULL OR u.email LIKE $1 OR lower(coalesce(u.display_name, '')) LIKE $1)
         AND ($2::text IS NULL OR u.role = $2)
       ORDER BY u.created_at DESC, u.id LIMIT ${PAGE} OFFSET $3`,
      [like, query.role ?? null, (query.page - 1) * PAGE],
    );
    return rows.map(toDto);
  }

  async changeRole(userId: string, change: RoleChangeRequest, actorUserId: string, origin: AuditOrigin): Promise<AdminUserDto> {
    if (userId === actorUserId) {
      throw new ApiException(409, PortalErrorCode.LastAdmin, 'You cannot change your own role; ask another admin.');
    }
    return this.db.transaction(async (em) => {
      const [before] = await q<UserRow>(em, `SELECT ${COLUMNS} ${FROM} WHERE u.id = $1 FOR UPDATE OF u`, [userId]);
      if (!before) throw new ApiException(404, PortalErrorCode.UserNotFound, 'No such user');
      let cooperativeId: string | null = null;
      if (change.role === 'cooperative') {
        const [co] = await q<{ id: string }>(em, 'SELECT id FROM cooperatives WHERE slug = $1', [change.cooperativeSlug]);
        if (!co) {
          throw new ApiException(400, ErrorCode.ValidationFailed, `No cooperative "${change.cooperativeSlug}".`, {
            cooperativeSlug: ['must be an existing cooperative'],
          });
        }
        cooperativeId = co.id;
      }
      await em.query('UPDATE users SET role = $2, cooperative_id = $3, updated_at = now() WHERE id = $1', [userId, change.role, cooperativeId]);
      const [after] = await q<UserRow>(em, `SELECT ${COLUMNS} ${FROM} WHERE u.id = $1`, [userId]);
      await recordAudit(em, {
        actorUserId,
        action: 'user.role.change',
        entity: 'user',
        entityId: userId,
        before: { role: before.role, cooperativeSlug: before.cooperative_slug },
        after: { role: after.role, cooperativeSlug: after.cooperative_slug },
        ...origin,
      });
      return toDto(after);
    });
  }
}

import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, Roles } from '@shanhai/api/identity';
import { q } from '@shanhai/api/platform';
import { AuditQuerySchema, type AuditLogDto, type AuditQuery } from '@shanhai/shared/contracts';
import { DataSource } from 'typeorm';

interface AuditRow {
  id: string;
  actor_user_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  ip: string | null;
  user_agent: string | null;
  at: Date;
}

/** The platform audit log for admins: the latest 200 rows matching the filters. */
@ApiTags('admin')
@Controller('api/admin/audit')
@UseGuards(AuthGuard)
@Roles('admin')
export class AdminAuditController {
  constructor(private readonly db: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Who wrote what, before and after, when and from where (latest 200)' })
  async list(@Query({ schema: AuditQuerySchema }) query: AuditQuery): Promise<AuditLogDto[]> {
    const rows = await q<AuditRow>(
      this.db,
      `SELECT id, actor_user_id, action, entity, entity_id, before, after, ip, user_agent, at FROM audit_log
       WHERE ($1::uuid IS NULL OR actor_user_id = $1) AND ($2::text IS NULL OR action = $2) AND ($3::text IS NULL OR entity = $3)
         AND ($4::timestamptz IS NULL OR at >= $4) AND ($5::timestamptz IS NULL OR at < $5)
       ORDER BY at DESC, id DESC LIMIT 200`,
      [query.actor ?? null, query.action ?? null, query.entity ?? null, query.from ?? null, query.to ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      actorUserId: r.actor_user_id,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
      ip: r.ip,
      userAgent: r.user_agent,
      at: new Date(r.at).toISOString(),
    }));
  }
}

import type { EntityManager } from 'typeorm';
import { q } from '../database/sql';

export interface AuditRecord {
  actorUserId: string | null;
  /** what was done, e.g. 'aid.period.close' */
  action: string;
  /** what it was done to, e.g. 'aid_period', and its id */
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  userAgent?: string | null;
}

/** Where a write came from, as the audit log keeps it. */
export interface AuditOrigin {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Writes an audit row in the caller's transaction, so the row exists exactly when the write it
 * describes does. Returns the row's id.
 */
export async function recordAudit(em: EntityManager, r: AuditRecord): Promise<string> {
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  const [row] = await q<{ id: string }>(
    em,
    `INSERT INTO audit_log (actor_user_id, action, entity, entity_id, before, after, ip, user_agent)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8) RETURNING id`,
    [r.actorUserId, r.action, r.entity, r.entityId, json(r.before), json(r.after), r.ip?.slice(0, 100) ?? null, r.userAgent?.slice(0, 300) ?? null],
  );
  return row.id;
}

import type { EntityManager } from 'typeorm';
import { q } from '../database/sql';

/** Writes an event in the caller's transaction; it is delivered after the commit. */
export async function emitEvent(
  em: EntityManager,
  type: string,
  aggregateId: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await q(em, 'INSERT INTO outbox_events (type, aggregate_id, payload) VALUES ($1, $2, $3)', [type, aggregateId, payload]);
}

import type { ShippingRule } from '@shanhai/shared/domain';
import { q } from '@shanhai/api/platform';
import type { EntityManager } from 'typeorm';

/** Each cooperative's rule, falling back to the default row (no cooperative). */
export async function shippingRulesFor(em: EntityManager, cooperativeIds: string[]): Promise<(cooperativeId: string) => ShippingRule> {
  const rows: { cooperative_id: string | null; fee_fen: string; free_over_fen: string | null }[] = await q(em, 
    'SELECT cooperative_id, fee_fen, free_over_fen FROM shipping_rules WHERE cooperative_id = ANY($1::uuid[]) OR cooperative_id IS NULL',
    [cooperativeIds],
  );
  const toRule = (r: (typeof rows)[number]): ShippingRule => ({
    feeFen: Number(r.fee_fen),
    freeOverFen: r.free_over_fen === null ? null : Number(r.free_over_fen),
  });
  const fallbackRow = rows.find((r) => r.cooperative_id === null);
  const fallback: ShippingRule = fallbackRow ? toRule(fallbackRow) : { feeFen: 0, freeOverFen: null };
  const own = new Map(rows.filter((r) => r.cooperative_id !== null).map((r) => [r.cooperative_id, toRule(r)]));
  return (cooperativeId) => own.get(cooperativeId) ?? fallback;
}

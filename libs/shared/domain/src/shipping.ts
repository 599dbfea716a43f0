/** A seller's shipping rule, from data: a flat fee, waived from a threshold on. */
export interface ShippingRule {
  feeFen: number;
  freeOverFen: number | null;
}

/** Shipping for one seller's share of an order. */
export function shippingFen(itemsFen: number, rule: ShippingRule): number {
  if (itemsFen <= 0) return 0;
  if (rule.freeOverFen !== null && itemsFen >= rule.freeOverFen) return 0;
  return rule.feeFen;
}

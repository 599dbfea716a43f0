import type { CartDto, CartLineDto, ShipmentQuoteDto } from '@shanhai/shared/contracts';

export interface CartGroup {
  /** null for lines no cooperative can ship (the server left them out of `shipments`). */
  shipment: ShipmentQuoteDto | null;
  lines: CartLineDto[];
}

/** The cart's lines under the parcel each goes in: one group per cooperative, in the server's order. */
export function groupCartLines(cart: Pick<CartDto, 'lines' | 'shipments'>): CartGroup[] {
  const groups: CartGroup[] = cart.shipments.map((shipment) => ({
    shipment,
    lines: cart.lines.filter((line) => line.cooperative.slug === shipment.cooperative.slug),
  }));
  const shipped = new Set(cart.shipments.map((s) => s.cooperative.slug));
  const rest = cart.lines.filter((line) => !shipped.has(line.cooperative.slug));
  if (rest.length > 0) groups.push({ shipment: null, lines: rest });
  return groups.filter((group) => group.lines.length > 0 || group.shipment !== null);
}

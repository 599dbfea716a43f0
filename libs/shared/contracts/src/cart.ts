import { z } from 'zod';
import type { LocalizedText } from './i18n';
import type { PlaceRef } from './catalog';

export const MAX_LINE_QUANTITY = 99;

const sku = z.string().trim().min(1).max(64);
const quantity = z.number().int('must be a whole number').min(1).max(MAX_LINE_QUANTITY, `must be at most ${MAX_LINE_QUANTITY}`);

export const AddCartLineSchema = z.strictObject({ sku, quantity });
export type AddCartLineRequest = z.input<typeof AddCartLineSchema>;

export const SetCartLineSchema = z.strictObject({ quantity: z.number().int().min(0).max(MAX_LINE_QUANTITY) });
export const SkuParamSchema = z.strictObject({ sku });

/** Why a line cannot be bought as it stands; null when it can. */
export type CartLineProblem = 'unavailable' | 'out_of_stock' | 'insufficient_stock' | 'price_changed';

export interface CartLineDto {
  sku: string;
  productSlug: string;
  name: LocalizedText;
  variantLabel: LocalizedText;
  cooperative: PlaceRef;
  imageUrl: string | null;
  quantity: number;
  /** the price now, read from the database on every view */
  unitPriceFen: number;
  /** the price when the line was added, shown when it changed */
  addedAtPriceFen: number;
  available: number;
  lineTotalFen: number;
  problem: CartLineProblem | null;
}

export interface ShipmentQuoteDto {
  cooperative: PlaceRef;
  itemsFen: number;
  shippingFen: number;
  /** free shipping from this amount on, when the seller offers it */
  freeShippingOverFen: number | null;
}

export interface CartDto {
  lines: CartLineDto[];
  shipments: ShipmentQuoteDto[];
  itemsFen: number;
  shippingFen: number;
  totalFen: number;
  /** true when every line can be bought as it stands */
  ready: boolean;
}

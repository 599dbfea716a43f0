import { z } from 'zod';
import type { AddressDto } from './addresses';
import type { LocalizedText } from './i18n';
import type { PlaceRef } from './catalog';
import { MAX_LINE_QUANTITY } from './cart';

export const OrderStatuses = [
  'awaiting_payment',
  'paid',
  'partially_shipped',
  'shipped',
  'delivered',
  'cancelled',
  'expired',
  'refunded',
] as const;
export type OrderStatus = (typeof OrderStatuses)[number];

export const PaymentStatuses = ['unpaid', 'paid', 'partially_refunded', 'refunded'] as const;
export type PaymentStatus = (typeof PaymentStatuses)[number];

export const FulfilmentStatuses = ['awaiting_payment', 'to_ship', 'shipped', 'delivered', 'cancelled'] as const;
export type FulfilmentStatus = (typeof FulfilmentStatuses)[number];

export const PaymentMethods = ['offline', 'stripe'] as const;
export type PaymentMethod = (typeof PaymentMethods)[number];

/** `POST /api/orders`; prices and totals are never taken from the client. */
export const CreateOrderSchema = z.strictObject({
  addressId: z.string().uuid('must be one of your saved addresses'),
  paymentMethod: z.enum(PaymentMethods),
  lines: z
    .array(
      z.strictObject({
        sku: z.string().trim().min(1).max(64),
        quantity: z.number().int().min(1).max(MAX_LINE_QUANTITY),
      }),
    )
    .min(1, 'must have at least one line')
    .max(50),
  note: z.string().trim().max(200).optional(),
});
export type CreateOrderRequest = z.input<typeof CreateOrderSchema>;

export const IdempotencyKeySchema = z
  .string()
  .trim()
  .min(8, 'Idempotency-Key must be 8–100 characters')
  .max(100, 'Idempotency-Key must be 8–100 characters')
  .regex(/^[A-Za-z0-9_\-:.]+$/, 'Idempotency-Key may use letters, digits and - _ : .');

export const ShipFulfilmentSchema = z.strictObject({
  carrier: z.string().trim().min(1).max(40),
  trackingNumber: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{6,40}$/, 'must be 6–40 letters, digits or hyphens'),
});
export type ShipFulfilmentRequest = z.input<typeof ShipFulfilmentSchema>;

export const RecordPaymentSchema = z.strictObject({
  reference: z.string().trim().min(1).max(100),
  amountFen: z.number().int().positive(),
});

export const IdParamSchema = z.strictObject({ id: z.string().uuid('must be a UUID') });

/** `POST /api/admin/orders/:id/lines/:lineId/refunds`: part or all of one line, through the order's payment provider. */
export const RefundLineSchema = z.strictObject({
  amountFen: z.number().int().positive(),
  reason: z.string().trim().min(1).max(200),
});
export type RefundLineRequest = z.input<typeof RefundLineSchema>;

export const OrderLineParamSchema = z.strictObject({ id: z.string().uuid('must be a UUID'), lineId: z.string().uuid('must be a UUID') });

export interface OrderLineDto {
  id: string;
  sku: string;
  productSlug: string;
  name: LocalizedText;
  variantLabel: LocalizedText;
  unitPriceFen: number;
  quantity: number;
  lineTotalFen: number;
  refundedFen: number;
  /** whether the line counted as consumption aid when it was sold (snapshot) */
  aidEligible: boolean;
  certificateNumber: string | null;
}

export interface FulfilmentDto {
  id: string;
  cooperative: PlaceRef;
  status: FulfilmentStatus;
  itemsFen: number;
  shippingFen: number;
  carrier: string | null;
  trackingNumber: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  lines: OrderLineDto[];
}

export interface OrderHistoryEntryDto {
  from: OrderStatus | null;
  to: OrderStatus;
  reason: string;
  at: string;
}

export interface PaymentInstructionsDto {
  provider: PaymentMethod;
  /** Stripe: the PaymentIntent's client secret for the Payment Element */
  clientSecret: string | null;
  publishableKey: string | null;
  /** offline: bank transfer details or pay-on-delivery note, in both languages */
  instructions: LocalizedText | null;
}

export interface OrderSummaryDto {
  id: string;
  number: string;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  totalFen: number;
  itemCount: number;
  createdAt: string;
}

export interface OrderDto extends OrderSummaryDto {
  itemsFen: number;
  shippingFen: number;
  refundedFen: number;
  paymentMethod: PaymentMethod;
  expiresAt: string | null;
  address: Omit<AddressDto, 'id' | 'isDefault'>;
  fulfilments: FulfilmentDto[];
  history: OrderHistoryEntryDto[];
  payment: PaymentInstructionsDto | null;
  /** true while nothing has shipped and the order is not closed */
  cancellable: boolean;
}

export interface OutOfStockLineDto {
  sku: string;
  requested: number;
  available: number;
}

/** `GET /api/payments/methods`: what checkout may offer on this installation. */
export interface PaymentMethodsDto {
  methods: PaymentMethod[];
  /** set when Stripe is configured: the key the Payment Element needs */
  stripePublishableKey: string | null;
}

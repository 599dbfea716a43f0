import { z } from 'zod';
import { CooperativeStatuses } from './catalog';
import type { LocalizedText } from './i18n';
import { UserRoles, type UserRole } from './identity';
import { OrderStatuses, type OrderDto, type OrderStatus, type PaymentStatus } from './orders';
import type { CertificateReviewStatus, ProductReviewStatus } from './cooperative-portal';

/** The admin console (/admin): review queues, order search, users and roles, commission. */

const reason = z.string().trim().min(3, 'give a reason of at least 3 characters').max(500);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** Reject, suspend or revoke: always with a reason, which the cooperative sees. */
export const ReasonSchema = z.strictObject({ reason });
export type ReasonRequest = z.input<typeof ReasonSchema>;

export const CooperativeQueueQuerySchema = z.strictObject({
  status: z.enum(CooperativeStatuses).optional(),
});
export type CooperativeQueueQuery = z.output<typeof CooperativeQueueQuerySchema>;

/** Basis points: 500 = 5 %. Only admins set it. */
export const CommissionSchema = z.strictObject({
  commissionBps: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(0).max(5000, 'must be at most 5000 (50 %)'),
});
export type CommissionRequest = z.input<typeof CommissionSchema>;

export const ProductQueueQuerySchema = z.strictObject({
  review: z.enum(['pending', 'approved', 'rejected']).default('pending'),
});
export type ProductQueueQuery = z.output<typeof ProductQueueQuerySchema>;

export interface ProductQueueItemDto {
  id: string;
  slug: string;
  name: LocalizedText;
  description: LocalizedText;
  cooperative: { slug: string; name: LocalizedText };
  categorySlug: string;
  status: string;
  reviewStatus: ProductReviewStatus;
  reviewReason: string | null;
  variants: { sku: string; label: LocalizedText; priceFen: number }[];
  imageUrls: string[];
  updatedAt: string;
}

export const CertificateQueueQuerySchema = z.strictObject({
  /** expiring: approved certificates whose validity ends within 30 days */
  status: z.enum(['pending', 'approved', 'rejected', 'revoked', 'expiring']).default('pending'),
});
export type CertificateQueueQuery = z.output<typeof CertificateQueueQuerySchema>;
export type CertificateQueueStatus = CertificateReviewStatus | 'expiring';

export const AdminOrderSearchSchema = z.strictObject({
  number: z.string().trim().max(24).optional(),
  /** any part of the recipient's phone, digits only are compared */
  phone: z.string().trim().regex(/^[+0-9 -]{3,20}$/, 'must be digits of a phone number').optional(),
  status: z.enum(OrderStatuses).optional(),
  cooperative: z.string().trim().max(80).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type AdminOrderSearch = z.output<typeof AdminOrderSearchSchema>;

export interface AdminOrderRowDto {
  id: string;
  number: string;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  totalFen: number;
  refundedFen: number;
  recipient: string;
  mobile: string;
  customerEmail: string;
  cooperatives: string[];
  createdAt: string;
}

export interface AdminOrderListDto {
  items: AdminOrderRowDto[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AdminRefundDto {
  id: string;
  orderLineId: string | null;
  amountFen: number;
  reason: string;
  status: string;
  at: string;
}

export interface AdminOrderDetailDto {
  order: OrderDto;
  customer: { id: string; email: string; displayName: string | null };
  refunds: AdminRefundDto[];
}

export const UserSearchSchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  role: z.enum(UserRoles).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type UserSearch = z.output<typeof UserSearchSchema>;

export interface AdminUserDto {
  id: string;
  email: string;
  displayName: string | null;
  role: UserRole;
  cooperativeSlug: string | null;
  createdAt: string;
}

/** A role change: a member needs the cooperative they act for; the others have none. */
export const RoleChangeSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('consumer') }),
  z.strictObject({ role: z.literal('admin') }),
  z.strictObject({ role: z.literal('cooperative'), cooperativeSlug: z.string().trim().min(1).max(80) }),
]);
export type RoleChangeRequest = z.input<typeof RoleChangeSchema>;

/** A refund of everything still refundable on an order, lines and shipping, with a reason. */
export const FullRefundSchema = z.strictObject({ reason: z.string().trim().min(3, 'give a reason of at least 3 characters').max(200) });
export type FullRefundRequest = z.input<typeof FullRefundSchema>;

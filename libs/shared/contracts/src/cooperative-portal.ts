import { z } from 'zod';
import { BenefitMechanismTypes, type BenefitMechanismType, type CooperativeStatus } from './catalog';
import type { LocalizedText } from './i18n';
import { FulfilmentStatuses, type FulfilmentStatus } from './orders';

/**
 * The cooperative side: applying to sell, the members of a cooperative and the portal (/co).
 * Every request schema is strict: a field a role does not own (status, commission, review state,
 * stock) is refused as unknown rather than silently ignored.
 */

/** Error codes of the cooperative portal and the admin console, beside the shared ErrorCode. */
export const PortalErrorCode = {
  CreditCodeInvalid: 'CREDIT_CODE_INVALID',
  CreditCodeTaken: 'CREDIT_CODE_TAKEN',
  ApplicationPending: 'APPLICATION_PENDING',
  NotAMember: 'NOT_A_MEMBER',
  CooperativeNotActive: 'COOPERATIVE_NOT_ACTIVE',
  ProductNotApproved: 'PRODUCT_NOT_APPROVED',
  ProductNeedsPhoto: 'PRODUCT_NEEDS_PHOTO',
  SkuTaken: 'SKU_TAKEN',
  StockWouldGoNegative: 'STOCK_WOULD_GO_NEGATIVE',
  CertificateNumberTaken: 'CERTIFICATE_NUMBER_TAKEN',
  CertificateNotFound: 'CERTIFICATE_NOT_FOUND',
  VariantNotFound: 'VARIANT_NOT_FOUND',
  ImageNotFound: 'IMAGE_NOT_FOUND',
  InvitationNotFound: 'INVITATION_NOT_FOUND',
  InvitationWrongAccount: 'INVITATION_WRONG_ACCOUNT',
  AlreadyMember: 'ALREADY_MEMBER',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  FileTooLarge: 'FILE_TOO_LARGE',
  ImageTooManyPixels: 'IMAGE_TOO_MANY_PIXELS',
  ImageUnreadable: 'IMAGE_UNREADABLE',
  FileMissing: 'FILE_MISSING',
  UserNotFound: 'USER_NOT_FOUND',
  LastAdmin: 'LAST_ADMIN',
} as const;
export type PortalErrorCode = (typeof PortalErrorCode)[keyof typeof PortalErrorCode];

const text = (max: number) => z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
const longText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const placeSlug = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug');
const count = (max: number) =>
  z.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must not be negative').max(max, `must be at most ${max}`);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const email = z.string().trim().toLowerCase().max(254).email('must be an email address');

export const LegalForms = ['company', 'cooperative', 'village_collective', 'family_farm'] as const;
export type LegalForm = (typeof LegalForms)[number];

export const BenefitMechanismInputSchema = z.strictObject({
  type: z.enum(BenefitMechanismTypes, { error: `must be one of ${BenefitMechanismTypes.join(', ')}` }),
  descriptionZh: text(1000),
  descriptionEn: longText(1000).default(''),
});

/**
 * `POST /api/cooperative-applications`: a signed-in person applies for their cooperative.
 * Households are declared only as counts here (DOMAIN.md: pseudonymous codes, never names);
 * the credit code's check character is verified on the server with the shared rule.
 */
export const CooperativeApplicationSchema = z
  .strictObject({
    nameZh: text(200),
    nameEn: text(200),
    legalForm: z.enum(LegalForms, { error: `must be one of ${LegalForms.join(', ')}` }),
    creditCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'must be the 18-character unified social credit code'),
    townshipSlug: placeSlug,
    villageSlug: placeSlug,
    contactName: text(60),
    contactPhone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 -]{7,20}$/, 'must be a phone number'),
    contactEmail: email,
    storyZh: text(4000),
    storyEn: longText(4000).default(''),
    benefitMechanisms: z.array(BenefitMechanismInputSchema).min(1, 'declare at least one benefit mechanism').max(8),
    linkedHouseholds: count(100_000),
    linkedPersons: count(1_000_000),
  })
  .refine((v) => v.linkedPersons >= v.linkedHouseholds, {
    path: ['linkedPersons'],
    message: 'must be at least the number of households',
  });
export type CooperativeApplicationRequest = z.input<typeof CooperativeApplicationSchema>;

export interface CooperativeApplicationDto {
  id: string;
  slug: string;
  name: LocalizedText;
  legalForm: LegalForm;
  creditCode: string;
  township: { slug: string; name: LocalizedText };
  village: { slug: string; name: LocalizedText };
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  story: LocalizedText;
  benefitMechanisms: { type: BenefitMechanismType; description: LocalizedText }[];
  linkedHouseholds: number;
  linkedPersons: number;
  status: CooperativeStatus;
  /** why it was rejected or suspended */
  statusReason: string | null;
  commissionBps: number;
  applicantUserId: string | null;
  createdAt: string;
  reviewedAt: string | null;
}

// ---- members and invitations ----

export const InvitationSchema = z.strictObject({ email });
export type InvitationRequest = z.input<typeof InvitationSchema>;

/** Accepting: signed in as the invited email, or a new account with a password. */
export const AcceptInvitationSchema = z.strictObject({
  token: z.string().min(20).max(200),
  password: z.string().min(8, 'must be at least 8 characters').max(128).optional(),
  displayName: z.string().trim().min(1).max(60).optional(),
});
export type AcceptInvitationRequest = z.input<typeof AcceptInvitationSchema>;

export interface InvitationDto {
  id: string;
  email: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export interface MemberDto {
  id: string;
  email: string;
  displayName: string | null;
  createdAt: string;
}

export interface MembersDto {
  members: MemberDto[];
  invitations: InvitationDto[];
}

// ---- products ----

export const ProductReviewStatuses = ['pending', 'approved', 'rejected'] as const;
export type ProductReviewStatus = (typeof ProductReviewStatuses)[number];
export const ProductStatuses = ['draft', 'active', 'hidden'] as const;
export type ProductStatusValue = (typeof ProductStatuses)[number];

const fen = z.number({ error: 'must be a whole number of fen' }).int('must be a whole number of fen').min(1, 'must be at least 1 fen').max(100_000_000);
const sku = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{2,63}$/, 'must be 3–64 letters, digits and dashes');

export const VariantInputSchema = z.strictObject({
  sku: sku.optional(),
  labelZh: text(100),
  labelEn: longText(100).default(''),
  priceFen: fen,
  shippingWeightGrams: count(100_000).default(0),
});
export type VariantInput = z.input<typeof VariantInputSchema>;

export const VariantUpdateSchema = z
  .strictObject({
    labelZh: text(100).optional(),
    labelEn: longText(100).optional(),
    priceFen: fen.optional(),
    shippingWeightGrams: count(100_000).optional(),
    sortOrder: count(1000).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'change at least one field' });
export type VariantUpdate = z.input<typeof VariantUpdateSchema>;

/** A new product starts as a draft waiting for review; stock is added afterwards as movements. */
export const ProductCreateSchema = z.strictObject({
  categorySlug: placeSlug,
  villageSlug: placeSlug,
  nameZh: text(200),
  nameEn: text(200),
  descriptionZh: longText(8000).default(''),
  descriptionEn: longText(8000).default(''),
  variants: z.array(VariantInputSchema).min(1, 'add at least one variant').max(20),
});
export type ProductCreateRequest = z.input<typeof ProductCreateSchema>;

export const ProductUpdateSchema = z
  .strictObject({
    categorySlug: placeSlug.optional(),
    villageSlug: placeSlug.optional(),
    nameZh: text(200).optional(),
    nameEn: text(200).optional(),
    descriptionZh: longText(8000).optional(),
    descriptionEn: longText(8000).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'change at least one field' });
export type ProductUpdateRequest = z.input<typeof ProductUpdateSchema>;

/** A member lists or hides their product; listing needs the platform's approval first. */
export const ProductStatusSchema = z.strictObject({ status: z.enum(ProductStatuses) });
export type ProductStatusRequest = z.input<typeof ProductStatusSchema>;

export interface PortalVariantDto {
  id: string;
  sku: string;
  label: LocalizedText;
  priceFen: number;
  available: number;
  shippingWeightGrams: number;
  sortOrder: number;
}

export interface PortalImageDto {
  id: string;
  url: string;
  thumbUrl: string | null;
  position: number;
}

export interface PortalProductDto {
  id: string;
  slug: string;
  name: LocalizedText;
  description: LocalizedText;
  categorySlug: string;
  villageSlug: string;
  status: ProductStatusValue;
  reviewStatus: ProductReviewStatus;
  reviewReason: string | null;
  variants: PortalVariantDto[];
  images: PortalImageDto[];
  /** a certificate valid today that the platform approved */
  aidCertified: boolean;
  createdAt: string;
  updatedAt: string;
}

// ---- stock ----

export const StockReasons = ['restock', 'correction', 'damaged', 'returned', 'stocktake'] as const;
export type StockReason = (typeof StockReasons)[number];

export const StockChangeSchema = z.strictObject({
  delta: z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(-100_000)
    .max(100_000)
    .refine((d) => d !== 0, 'must not be zero'),
  reason: z.enum(StockReasons, { error: `must be one of ${StockReasons.join(', ')}` }),
  note: longText(200).optional(),
});
export type StockChangeRequest = z.input<typeof StockChangeSchema>;

export interface StockMovementDto {
  id: string;
  variantId: string;
  sku: string;
  delta: number;
  reason: StockReason;
  note: string | null;
  availableAfter: number;
  actorUserId: string | null;
  at: string;
}

// ---- certificates ----

export const CertificateReviewStatuses = ['pending', 'approved', 'rejected', 'revoked'] as const;
export type CertificateReviewStatus = (typeof CertificateReviewStatuses)[number];

export const CertificateSubmissionSchema = z
  .strictObject({
    number: z
      .string()
      .trim()
      .min(3)
      .max(64)
      .regex(/^[\p{L}\p{N}\-/()〔〕［］[\] ]+$/u, 'must be the certificate number as printed'),
    issuer: text(200),
    validFrom: isoDate,
    validTo: isoDate,
  })
  .refine((v) => v.validFrom <= v.validTo, { path: ['validTo'], message: 'must not be before validFrom' });
export type CertificateSubmissionRequest = z.input<typeof CertificateSubmissionSchema>;

/**
 * A certificate as the portal and the review queue show it. Pending and rejected ones exist only
 * as submissions; approved ones are in force (certificateId), which is what a revocation acts on.
 */
export interface CertificateSubmissionDto {
  submissionId: string | null;
  certificateId: string | null;
  productId: string;
  productName: LocalizedText;
  cooperativeSlug: string;
  number: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  scanUrl: string | null;
  status: CertificateReviewStatus;
  reason: string | null;
  submittedAt: string;
  reviewedAt: string | null;
}

// ---- orders to fulfil ----

export const PortalOrderQuerySchema = z.strictObject({
  status: z.enum(FulfilmentStatuses).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type PortalOrderQuery = z.output<typeof PortalOrderQuerySchema>;

export const PortalExportQuerySchema = z.strictObject({ from: isoDate.optional(), to: isoDate.optional() });
export type PortalExportQuery = z.output<typeof PortalExportQuerySchema>;

export interface PortalOrderLineDto {
  sku: string;
  name: LocalizedText;
  variantLabel: LocalizedText;
  quantity: number;
  unitPriceFen: number;
  lineTotalFen: number;
  refundedFen: number;
}

export interface ShippingAddressDto {
  recipient: string;
  mobile: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postalCode: string | null;
}

/** One cooperative's share of an order. The address only once the order is paid (they ship it). */
export interface PortalFulfilmentDto {
  id: string;
  orderId: string;
  orderNumber: string;
  status: FulfilmentStatus;
  itemsFen: number;
  shippingFen: number;
  carrier: string | null;
  trackingNumber: string | null;
  shippedAt: string | null;
  placedAt: string;
  note: string | null;
  address: ShippingAddressDto | null;
  lines: PortalOrderLineDto[];
}

export interface PortalOrderListDto {
  items: PortalFulfilmentDto[];
  total: number;
  page: number;
  pageSize: number;
}

/** The pick-and-pack list of every shipment waiting to ship: what to take off the shelf, then each parcel. */
export interface PickListDto {
  generatedAt: string;
  picks: { sku: string; name: LocalizedText; variantLabel: LocalizedText; quantity: number }[];
  parcels: PortalFulfilmentDto[];
}

// ---- home and payouts ----

export interface PortalHomeDto {
  cooperative: { slug: string; name: LocalizedText; status: CooperativeStatus; commissionBps: number };
  toShip: number;
  lowStock: { variantId: string; sku: string; productName: LocalizedText; available: number }[];
  expiringCertificates: { number: string; productName: LocalizedText; validTo: string }[];
  pendingReview: { products: number; certificates: number };
  thisMonth: { month: string; orders: number; salesFen: number };
}

export const PayoutQuerySchema = z.strictObject({
  from: z.string().regex(/^\d{4}-\d{2}$/, 'must be a month YYYY-MM').optional(),
  to: z.string().regex(/^\d{4}-\d{2}$/, 'must be a month YYYY-MM').optional(),
});
export type PayoutQuery = z.output<typeof PayoutQuerySchema>;

/** A month's payout: goods sold + shipping charged − the platform's commission on goods − refunds. */
export interface PayoutMonthDto {
  month: string;
  orders: number;
  salesFen: number;
  shippingFen: number;
  commissionFen: number;
  refundsFen: number;
  payoutFen: number;
}

export interface PayoutsDto {
  commissionBps: number;
  months: PayoutMonthDto[];
}

import { z } from 'zod';
import type { LocalizedText } from './i18n';

export const ProductSorts = ['price_asc', 'price_desc', 'newest'] as const;
export type ProductSort = (typeof ProductSorts)[number];

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 24;

const slug = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9 and hyphens)');

const fen = z.coerce
  .number({ error: 'must be a whole number of fen' })
  .int('must be a whole number of fen')
  .min(0, 'must not be negative')
  .max(Number.MAX_SAFE_INTEGER);

/**
 * Query of `GET /api/products`. Values arrive as strings; the schema coerces them.
 * Unknown keys are refused so a typo in a filter is reported, not silently ignored.
 */
export const ProductListQuerySchema = z
  .strictObject({
    q: z.string().trim().max(100, 'must be at most 100 characters').optional(),
    category: slug.optional(),
    township: slug.optional(),
    cooperative: slug.optional(),
    minPriceFen: fen.optional(),
    maxPriceFen: fen.optional(),
    certified: z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .transform((v) => v === 'true')
      .optional(),
    sort: z.enum(ProductSorts, { error: `must be one of ${ProductSorts.join(', ')}` }).optional(),
    page: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1).max(10_000).default(1),
    pageSize: z.coerce
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(1)
      .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
      .default(DEFAULT_PAGE_SIZE),
  })
  .refine((v) => v.minPriceFen === undefined || v.maxPriceFen === undefined || v.minPriceFen <= v.maxPriceFen, {
    path: ['maxPriceFen'],
    message: 'must not be below minPriceFen',
  });
export type ProductListQuery = z.output<typeof ProductListQuerySchema>;
export type ProductListQueryInput = z.input<typeof ProductListQuerySchema>;

export const SlugParamSchema = z.strictObject({ slug });

export interface CategoryDto {
  slug: string;
  name: LocalizedText;
  description: LocalizedText;
  productCount: number;
}

export interface VillageDto {
  slug: string;
  name: LocalizedText;
}

export interface TownshipDto {
  slug: string;
  name: LocalizedText;
  villages: VillageDto[];
}

export interface PlaceRef {
  slug: string;
  name: LocalizedText;
}

export interface CooperativeSummaryDto {
  slug: string;
  name: LocalizedText;
  township: PlaceRef;
}

export interface ProductListItemDto {
  slug: string;
  name: LocalizedText;
  category: PlaceRef;
  cooperative: CooperativeSummaryDto;
  township: PlaceRef;
  village: PlaceRef;
  priceMinFen: number;
  priceMaxFen: number;
  coverImageUrl: string | null;
  inStock: boolean;
  /** True when the product holds a certificate valid today and not revoked. */
  aidCertified: boolean;
  /** Prices and stock of the demo data are invented. */
  demo: boolean;
  createdAt: string;
}

export interface ProductListResponse {
  items: ProductListItemDto[];
  total: number;
  page: number;
  pageSize: number;
}

export interface VariantDto {
  sku: string;
  label: LocalizedText;
  priceFen: number;
  available: number;
  shippingWeightGrams: number;
}

export interface CertificateDto {
  number: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  revoked: boolean;
  /** valid on the server's today and not revoked */
  validToday: boolean;
}

export interface ProductImageDto {
  url: string;
  alt: LocalizedText;
}

export interface ProductDetailDto extends ProductListItemDto {
  description: LocalizedText;
  images: ProductImageDto[];
  variants: VariantDto[];
  certificate: CertificateDto | null;
}

export const BenefitMechanismTypes = ['dividend', 'day_wage', 'land_rent', 'produce_purchase'] as const;
export type BenefitMechanismType = (typeof BenefitMechanismTypes)[number];

export interface BenefitMechanismDto {
  type: BenefitMechanismType;
  description: LocalizedText;
}

export const CooperativeStatuses = ['pending', 'approved', 'rejected', 'suspended'] as const;
export type CooperativeStatus = (typeof CooperativeStatuses)[number];

export interface CooperativeDetailDto extends CooperativeSummaryDto {
  legalForm: string;
  creditCode: string;
  village: PlaceRef;
  story: LocalizedText;
  benefitMechanisms: BenefitMechanismDto[];
  status: CooperativeStatus;
  bannerImageUrl: string | null;
  products: ProductListItemDto[];
}

export interface CooperativeListItemDto extends CooperativeSummaryDto {
  village: PlaceRef;
  productCount: number;
  bannerImageUrl: string | null;
}

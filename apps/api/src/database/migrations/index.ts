import { CatalogAndMedia1795920319975 } from './1795920319975-catalog-and-media';
import { ProductVariantSummary1795920319976 } from './1795920319976-product-variant-summary';

// In order. A new migration is generated with tools/scripts/generate-migration.mjs, read, and added here.
export const MIGRATIONS = [CatalogAndMedia1795920319975, ProductVariantSummary1795920319976];

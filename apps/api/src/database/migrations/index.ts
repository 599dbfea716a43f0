import { CatalogAndMedia1795920319975 } from './1795920319975-catalog-and-media';
import { ProductVariantSummary1795920319976 } from './1795920319976-product-variant-summary';
import { ProductListingIndexes1795920319977 } from './1795920319977-product-listing-indexes';
import { AccountsCartsOrders1795922538096 } from './1795922538096-accounts-carts-orders';
import { DefaultShippingRule1795922538097 } from './1795922538097-default-shipping-rule';
import { StripePayments1795923005165 } from './1795923005165-stripe-payments';
import { AidLedger1795925393081 } from './1795925393081-aid-ledger';
import { AidLedgerTriggers1795925393082 } from './1795925393082-aid-ledger-triggers';
import { AidPeriodsAuditLog1795926950770 } from './1795926950770-aid-periods-audit-log';
import { AidPeriodsAuditLogTriggers1795926950771 } from './1795926950771-aid-periods-audit-log-triggers';
import { HouseholdsBenefitTargets1795930311983 } from './1795930311983-households-benefit-targets';
import { OpeningIndicatorFixed1795930311984 } from './1795930311984-opening-indicator-fixed';
import { CooperativePortal1795930318984 } from './1795930318984-cooperative-portal';
import { AidImports1795930528375 } from './1795930528375-aid-imports';
import { AidDashboardIndexes1795931045326 } from './1795931045326-aid-dashboard-indexes';

// In order. A new migration is generated with tools/scripts/generate-migration.mjs, read, and added here.
export const MIGRATIONS = [
  CatalogAndMedia1795920319975,
  ProductVariantSummary1795920319976,
  ProductListingIndexes1795920319977,
  AccountsCartsOrders1795922538096,
  DefaultShippingRule1795922538097,
  StripePayments1795923005165,
  AidLedger1795925393081,
  AidLedgerTriggers1795925393082,
  AidPeriodsAuditLog1795926950770,
  AidPeriodsAuditLogTriggers1795926950771,
  HouseholdsBenefitTargets1795930311983,
  OpeningIndicatorFixed1795930311984,
  CooperativePortal1795930318984,
  AidImports1795930528375,
  AidDashboardIndexes1795931045326,
];

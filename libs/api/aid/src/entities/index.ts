import { AidImportEntity, AidImportFileEntity, AidImportRowEntity } from './aid-import.entity';
import { AidLedgerEntryEntity } from './aid-ledger-entry.entity';
import { AidPeriodEntity } from './aid-period.entity';
import { AidRollupEntity } from './aid-rollup.entity';
import { BenefitPayoutEntity } from './benefit-payout.entity';
import { HouseholdEntity, HouseholdMechanismEntity } from './household.entity';

export * from './aid-import.entity';
export * from './aid-ledger-entry.entity';
export * from './aid-period.entity';
export * from './aid-rollup.entity';
export * from './benefit-payout.entity';
export * from './household.entity';

export const AID_ENTITIES = [
  AidLedgerEntryEntity,
  AidRollupEntity,
  AidPeriodEntity,
  // households linked to benefit mechanisms, and what those paid
  HouseholdEntity,
  HouseholdMechanismEntity,
  BenefitPayoutEntity,
  // offline sales imports
  AidImportEntity,
  AidImportFileEntity,
  AidImportRowEntity,
];

import { AidLedgerEntryEntity } from './aid-ledger-entry.entity';
import { AidPeriodEntity } from './aid-period.entity';
import { AidRollupEntity } from './aid-rollup.entity';
import { BenefitPayoutEntity } from './benefit-payout.entity';
import { HouseholdEntity, HouseholdMechanismEntity } from './household.entity';

export * from './aid-ledger-entry.entity';
export * from './aid-period.entity';
export * from './aid-rollup.entity';
export * from './benefit-payout.entity';
export * from './household.entity';

export const AID_ENTITIES = [AidLedgerEntryEntity, AidRollupEntity, AidPeriodEntity, HouseholdEntity, HouseholdMechanismEntity, BenefitPayoutEntity];

import { AidImportEntity, AidImportFileEntity, AidImportRowEntity } from './aid-import.entity';
import { AidLedgerEntryEntity } from './aid-ledger-entry.entity';
import { AidPeriodEntity } from './aid-period.entity';
import { AidRollupEntity } from './aid-rollup.entity';

export * from './aid-import.entity';
export * from './aid-ledger-entry.entity';
export * from './aid-period.entity';
export * from './aid-rollup.entity';

export const AID_ENTITIES = [
  AidLedgerEntryEntity,
  AidRollupEntity,
  AidPeriodEntity,
  // offline sales imports
  AidImportEntity,
  AidImportFileEntity,
  AidImportRowEntity,
];

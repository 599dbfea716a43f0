export * from './aid.module';
export * from './entities';
export * from './ledger/aid-ledger.service';
export * from './summary/aid-summary.service';
export * from './periods/aid-periods.service';
export * from './imports/aid-imports.service';
export * from './imports/aid-import-check.service';

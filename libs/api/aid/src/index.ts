export * from './aid.module';
export * from './entities';
export * from './ledger/aid-ledger.service';
export * from './summary/aid-summary.service';
export * from './periods/aid-periods.service';
export * from './dashboard/aid-dashboard.service';
export * from './dashboard/rollup-check';
export * from './dashboard/rollup-check-report';

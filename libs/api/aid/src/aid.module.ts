import { Module } from '@nestjs/common';
import { AdminAuditController } from './audit/admin-audit.controller';
import { AidLedgerService } from './ledger/aid-ledger.service';
import { AidPeriodsController } from './periods/aid-periods.controller';
import { AidPeriodsService } from './periods/aid-periods.service';
import { AidController } from './summary/aid.controller';
import { AidSummaryService } from './summary/aid-summary.service';

/**
 * Consumption aid (消费帮扶): the append-only ledger, fed from the outbox, its summaries, closed
 * periods and adjustments. It also serves the admin audit log for now (the platform cannot
 * depend on identity's guards).
 */
@Module({
  controllers: [AidController, AidPeriodsController, AdminAuditController],
  providers: [AidLedgerService, AidSummaryService, AidPeriodsService],
  exports: [AidLedgerService, AidSummaryService, AidPeriodsService],
})
export class AidModule {}

import { Module } from '@nestjs/common';
import { AdminAuditController } from './audit/admin-audit.controller';
import { AidDashboardController } from './dashboard/aid-dashboard.controller';
import { AidDashboardService } from './dashboard/aid-dashboard.service';
import { AidExportService } from './dashboard/aid-export.service';
import { AidLedgerService } from './ledger/aid-ledger.service';
import { AidPeriodsController } from './periods/aid-periods.controller';
import { AidPeriodsService } from './periods/aid-periods.service';
import { AidController } from './summary/aid.controller';
import { AidSummaryService } from './summary/aid-summary.service';

/**
 * Consumption aid (消费帮扶): the append-only ledger, fed from the outbox, its summaries, the
 * dashboard's breakdowns, drill-down and exports, closed periods and adjustments. It also serves
 * the admin audit log for now (the platform cannot depend on identity's guards).
 */
@Module({
  controllers: [AidController, AidPeriodsController, AidDashboardController, AdminAuditController],
  providers: [AidLedgerService, AidSummaryService, AidPeriodsService, AidDashboardService, AidExportService],
  exports: [AidLedgerService, AidSummaryService, AidPeriodsService, AidDashboardService],
})
export class AidModule {}

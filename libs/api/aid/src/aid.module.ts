import { Module } from '@nestjs/common';
import { AdminAuditController } from './audit/admin-audit.controller';
import { BenefitController } from './benefit/benefit.controller';
import { BenefitService } from './benefit/benefit.service';
import { HouseholdsService } from './benefit/households.service';
import { IndicatorsController } from './indicators/indicators.controller';
import { IndicatorsService } from './indicators/indicators.service';
import { AidImportCheckService } from './imports/aid-import-check.service';
import { AidImportsController } from './imports/aid-imports.controller';
import { AidImportsService } from './imports/aid-imports.service';
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
 * dashboard's breakdowns, drill-down and exports, closed periods and adjustments; reported
 * figures and targets; households linked to benefit mechanisms and what those paid; offline
 * sales imported from files. It also serves the admin audit log for now (the platform cannot
 * depend on identity's guards).
 */
@Module({
  controllers: [
    AidController,
    AidPeriodsController,
    AidDashboardController,
    AdminAuditController,
    IndicatorsController,
    BenefitController,
    AidImportsController,
  ],
  providers: [
    AidLedgerService,
    AidSummaryService,
    AidPeriodsService,
    AidDashboardService,
    AidExportService,
    IndicatorsService,
    HouseholdsService,
    BenefitService,
    AidImportsService,
    AidImportCheckService,
  ],
  exports: [
    AidLedgerService,
    AidSummaryService,
    AidPeriodsService,
    AidDashboardService,
    AidImportsService,
    AidImportCheckService,
  ],
})
export class AidModule {}

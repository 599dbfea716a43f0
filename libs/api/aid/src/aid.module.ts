import { Module } from '@nestjs/common';
import { AidLedgerService } from './ledger/aid-ledger.service';
import { AidController } from './summary/aid.controller';
import { AidSummaryService } from './summary/aid-summary.service';

/** Consumption aid (消费帮扶): the append-only ledger, fed from the outbox, and its summaries. */
@Module({
  controllers: [AidController],
  providers: [AidLedgerService, AidSummaryService],
  exports: [AidLedgerService, AidSummaryService],
})
export class AidModule {}

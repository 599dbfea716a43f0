import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, Roles } from '@shanhai/api/identity';
import type { AidPublicSummaryDto, AidRollupCheckDto, AidSummaryDto } from '@shanhai/shared/contracts';
import { AidSummaryService } from './aid-summary.service';

@ApiTags('aid')
@Controller('api/aid')
export class AidController {
  constructor(private readonly summaries: AidSummaryService) {}

  @Get('summary')
  @UseGuards(AuthGuard)
  @Roles('admin')
  @ApiOperation({ summary: 'Aid-linked sales: the reported opening balance, what was recorded since, by channel and period' })
  summary(): Promise<AidSummaryDto> {
    return this.summaries.summary();
  }

  @Get('public-summary')
  @ApiOperation({ summary: 'Aid-linked sales in aggregate, for public pages: never a household or a person' })
  publicSummary(): Promise<AidPublicSummaryDto> {
    return this.summaries.publicSummary();
  }

  @Get('check')
  @UseGuards(AuthGuard)
  @Roles('admin')
  @ApiOperation({ summary: 'Whether the rollups equal a GROUP BY over the raw ledger' })
  check(): Promise<AidRollupCheckDto> {
    return this.summaries.check();
  }
}

import { Controller, Get, Header, Query, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthGuard, Roles } from '@shanhai/api/identity';
import {
  AidEntriesQuerySchema,
  AidExportQuerySchema,
  AidFilterSchema,
  type AidBreakdownsDto,
  type AidEntriesPageDto,
  type AidEntriesQuery,
  type AidExportQuery,
  type AidFilter,
} from '@shanhai/shared/contracts';
import { AidDashboardService } from './aid-dashboard.service';
import { AidExportService } from './aid-export.service';

/** The admin dashboard's breakdowns, its drill-down into ledger entries, and its exports. */
@ApiTags('aid')
@Controller('api/aid')
@UseGuards(AuthGuard)
@Roles('admin')
export class AidDashboardController {
  constructor(
    private readonly dashboard: AidDashboardService,
    private readonly exports: AidExportService,
  ) {}

  @Get('breakdowns')
  @ApiOperation({
    summary:
      'Recorded aid-linked sales by period, channel, category, township, village and cooperative, under a filter',
  })
  breakdowns(@Query({ schema: AidFilterSchema }) filter: AidFilter): Promise<AidBreakdownsDto> {
    return this.dashboard.breakdowns(filter);
  }

  @Get('entries')
  @ApiOperation({ summary: 'The ledger entries behind a figure, newest first, with their count and sum' })
  entries(@Query({ schema: AidEntriesQuerySchema }) query: AidEntriesQuery): Promise<AidEntriesPageDto> {
    return this.dashboard.entries(query);
  }

  @Get('export')
  // admin figures: never kept by a browser or proxy cache
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({
    summary: 'One view under a filter as a CSV (UTF-8 with BOM) or XLSX file; entries are streamed',
  })
  async export(@Query({ schema: AidExportQuerySchema }) query: AidExportQuery): Promise<StreamableFile> {
    const file = await this.exports.export(query);
    return new StreamableFile(file.stream, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}

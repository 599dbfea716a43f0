import { Injectable, Logger } from '@nestjs/common';
import type { AidBreakdownRow, AidBreakdownsDto, AidExportQuery, AidView } from '@shanhai/shared/contracts';
import ExcelJS from 'exceljs';
import { once } from 'node:events';
import { PassThrough, Readable, type Writable } from 'node:stream';
import { AidDashboardService } from './aid-dashboard.service';
import {
  breakdownColumns,
  csvHeader,
  csvLine,
  CSV_BOM,
  ENTRY_COLUMNS,
  exportFileName,
  type ExportColumn,
} from './aid-export-format';

export interface ExportFile {
  fileName: string;
  contentType: string;
  stream: Readable;
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

// One worksheet holds at most 1,048,576 rows in Excel; a longer entries export continues on the next.
const ROWS_PER_SHEET = 1_000_000;

const BREAKDOWN_OF: Record<Exclude<AidView, 'entries'>, keyof AidBreakdownsDto> = {
  period: 'byPeriod',
  channel: 'byChannel',
  category: 'byCategory',
  township: 'byTownship',
  village: 'byVillage',
  cooperative: 'byCooperative',
};

const SHEET_NAMES: Record<AidView, string> = {
  period: '按期间 By period',
  channel: '按渠道 By channel',
  category: '按品类 By category',
  township: '按乡镇 By township',
  village: '按村 By village',
  cooperative: '按合作社 By cooperative',
  entries: '台账明细 Entries',
};

/**
 * A dashboard view as a file: UTF-8 CSV with a byte-order mark (Excel reads the Chinese right)
 * or XLSX with amounts as numbers. The entries view is streamed in keyset batches, so however many
 * entries match, one batch sits in memory and a slow download only slows the reads.
 */
@Injectable()
export class AidExportService {
  private readonly log = new Logger('AidExport');

  constructor(private readonly dashboard: AidDashboardService) {}

  async export(query: AidExportQuery): Promise<ExportFile> {
    const { view, format, ...filter } = query;
    const fileName = exportFileName(view, filter.from, filter.to, format);
    if (view === 'entries') {
      // resolved now, so an unknown slug is a 400 before any byte is sent
      const resolved = await this.dashboard.resolve(filter);
      return {
        fileName,
        contentType: CONTENT_TYPES[format],
        stream: this.stream(format, view, ENTRY_COLUMNS, this.dashboard.entryBatches(resolved)),
      };
    }
    const breakdowns = await this.dashboard.breakdowns(filter, Number.POSITIVE_INFINITY);
    const rows = breakdowns[BREAKDOWN_OF[view]] as AidBreakdownRow[];
    return {
      fileName,
      contentType: CONTENT_TYPES[format],
      stream: this.stream(format, view, breakdownColumns(view), [rows]),
    };
  }

  private stream<T>(
    format: 'csv' | 'xlsx',
    view: AidView,
    columns: ExportColumn<T>[],
    batches: AsyncIterable<T[]> | Iterable<T[]>,
  ): Readable {
    return format === 'csv'
      ? csvStream(columns, batches)
      : this.xlsxStream(SHEET_NAMES[view], columns, batches);
  }

  private xlsxStream<T>(
    sheetName: string,
    columns: ExportColumn<T>[],
    batches: AsyncIterable<T[]> | Iterable<T[]>,
  ): Readable {
    const out = new PassThrough();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    const addSheet = (n: number) => {
      const sheet = workbook.addWorksheet(n === 1 ? sheetName : `${sheetName} ${n}`, {
        views: [{ state: 'frozen', ySplit: 1 }],
      });
      sheet.columns = columns.map((c, i) => ({
        header: c.header,
        key: String(i),
        width: c.width ?? 14,
        style: c.type === 'yuan' ? { numFmt: '#,##0.00' } : c.type === 'integer' ? { numFmt: '0' } : {},
      }));
      sheet.getRow(1).font = { bold: true };
      return sheet;
    };
    const write = async () => {
      let sheets = 1;
      let sheet = addSheet(sheets);
      let rowsInSheet = 0;
      for await (const batch of batches) {
        for (const row of batch) {
          if (rowsInSheet === ROWS_PER_SHEET) {
            sheet.commit();
            sheet = addSheet(++sheets);
            rowsInSheet = 0;
          }
          sheet.addRow(columns.map((c) => xlsxValue(c, row))).commit();
          rowsInSheet++;
        }
        await zipDrained(sheet, out);
        if (out.destroyed) return;
      }
      sheet.commit();
      await workbook.commit();
    };
    write().catch((error: unknown) => {
      this.log.error(`XLSX export failed: ${(error as Error).message}`);
      out.destroy(error as Error);
    });
    return out;
  }
}

/**
 * Waits until the zip has taken what the sheet has written. exceljs's sheet stream writes into the
 * zip's deflate stream without heeding backpressure, so a slow client or a busy deflate would
 * otherwise collect the whole uncompressed sheet in memory; its first pipe is that deflate stream,
 * which fills when the client (through `out`) stops reading.
 */
async function zipDrained(sheet: ExcelJS.Worksheet, out: PassThrough): Promise<void> {
  const deflate = (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes?.[0];
  for (const target of [deflate, out]) {
    if (target?.writableNeedDrain && !out.destroyed)
      await Promise.race([once(target, 'drain'), once(out, 'close')]);
  }
}

/** Amounts as numbers of yuan (fen ÷ 100, shown with two decimals); counts as numbers; text as text. */
function xlsxValue<T>(column: ExportColumn<T>, row: T): string | number | null {
  const value = column.value(row);
  if (value === null || value === undefined) return null;
  return column.type === 'yuan'
    ? Number(value) / 100
    : column.type === 'integer'
      ? Number(value)
      : String(value);
}

function csvStream<T>(columns: ExportColumn<T>[], batches: AsyncIterable<T[]> | Iterable<T[]>): Readable {
  // Readable.from pulls the next batch only when the client has taken the last one
  return Readable.from(
    (async function* () {
      yield CSV_BOM + csvHeader(columns);
      for await (const batch of batches) yield batch.map((row) => csvLine(columns, row)).join('');
    })(),
    { highWaterMark: 2 },
  );
}

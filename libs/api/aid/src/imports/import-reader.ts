import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { Cell } from './import-row';

/** One row of a file: its 1-based line (the header is line 1) and its cells. */
export interface SheetRow {
  line: number;
  cells: Cell[];
}

/** A file that cannot be read as a whole; it becomes a file-level problem. */
export class UnreadableFileError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const CHUNK = 64 * 1024;

/** The text of the bytes, decoded chunk by chunk so a large file is never one string. */
function* decodeChunks(bytes: Buffer, encoding: 'utf-8' | 'gb18030'): Generator<string> {
  const decoder = new TextDecoder(encoding);
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const text = decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The delimiter of the header line: Excel writes commas, some tools tabs or semicolons. */
export function sniffDelimiter(bytes: Buffer): string {
  const end = bytes.indexOf(0x0a);
  const first = bytes.subarray(0, end === -1 ? Math.min(bytes.length, 4096) : end).toString('latin1');
  const count = (ch: string) => first.split(ch).length - 1;
  const best = [',', '\t', ';'].map((d) => [d, count(d)] as const).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : ',';
}

const NEWLINES = /\r\n|\r|\n/g;

/** Rows of a CSV, streamed; each row's line is the line it starts on (blank lines come as one empty cell). */
export async function* csvRows(bytes: Buffer, encoding: 'utf-8' | 'gb18030'): AsyncGenerator<SheetRow> {
  const parser = Readable.from(decodeChunks(bytes, encoding)).pipe(
    parse({ bom: true, delimiter: sniffDelimiter(bytes), relax_column_count: true, relax_quotes: true }),
  );
  // counted here: csv-parse's own line count takes a CRLF inside a quoted field for two lines
  let line = 1;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      yield { line, cells: record };
      line += 1 + record.reduce((n, field) => n + (field.match(NEWLINES)?.length ?? 0), 0);
    }
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    throw new UnreadableFileError(`the file is not valid CSV: ${e.message ?? String(error)}`, e.lines ?? line);
  }
}

type ExcelValue = ExcelJS.CellValue | undefined;

/** An XLSX cell's value as a plain cell: formulas by their result, rich text as its text. */
export function excelCell(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('result' in value) return excelCell(value.result as ExcelValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return excelCell(value.text as ExcelValue);
    if ('error' in value) return String(value.error);
  }
  return null;
}

/** Rows of the first worksheet of an XLSX, streamed; dates come as dates, numbers as numbers. */
export async function* xlsxRows(bytes: Buffer): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        // row.values is 1-based: position 0 is always empty
        const values = (row.values as ExcelValue[]).slice(1);
        yield { line: row.number, cells: Array.from(values, (v) => excelCell(v)) };
      }
      return;
    }
  } catch (error) {
    throw new UnreadableFileError(`the workbook could not be read: ${(error as Error).message}`, 1);
  }
  throw new UnreadableFileError('the workbook has no worksheet', 1);
}

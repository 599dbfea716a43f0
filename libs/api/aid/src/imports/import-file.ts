import { isUtf8 } from 'node:buffer';

/** What an uploaded file is, judged from its bytes (never from its name). */
export type ImportFileKind =
  | { ok: true; format: 'csv'; encoding: 'utf-8' | 'gb18030' }
  | { ok: true; format: 'xlsx'; encoding: 'xlsx' }
  | { ok: false; reason: 'empty' | 'unsupported'; message: string };

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const SAMPLE = 64 * 1024;

const CHOOSE = 'Upload a CSV file (UTF-8 or GBK, as Excel saves it) or an Excel .xlsx workbook.';

const unsupported = (what: string): ImportFileKind => ({ ok: false, reason: 'unsupported', message: `${what} ${CHOOSE}` });

/** Signatures of files people upload by mistake, for a message that says what the file is. */
const KNOWN: [Buffer, string][] = [
  [Buffer.from('%PDF-'), 'This is a PDF document, not a spreadsheet.'],
  [Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'This is a PNG image, not a spreadsheet.'],
  [Buffer.from([0xff, 0xd8, 0xff]), 'This is a JPEG image, not a spreadsheet.'],
  [Buffer.from('GIF8'), 'This is a GIF image, not a spreadsheet.'],
  [Buffer.from('Rar!'), 'This is a RAR archive, not a spreadsheet.'],
  [Buffer.from([0x1f, 0x8b]), 'This is a gzip archive, not a spreadsheet.'],
  [Buffer.from([0xff, 0xfe]), 'This is UTF-16 text ("Unicode text" in Excel); save it as "CSV UTF-8" instead.'],
  [Buffer.from([0xfe, 0xff]), 'This is UTF-16 text ("Unicode text" in Excel); save it as "CSV UTF-8" instead.'],
];

/**
 * Tells a CSV text from an XLSX workbook by content: an XLSX is a ZIP archive holding
 * `xl/workbook.xml`; a CSV is text without control bytes, in UTF-8 when it is valid UTF-8 (a
 * BOM is allowed) and otherwise GB18030/GBK, which is what Chinese Excel writes.
 */
export function sniffImportFile(bytes: Buffer): ImportFileKind {
  if (bytes.length === 0) return { ok: false, reason: 'empty', message: 'The file is empty.' };
  if (bytes.subarray(0, 4).equals(ZIP)) {
    // the central directory at the end of the archive lists every entry's name
    const tail = bytes.subarray(Math.max(0, bytes.length - 256 * 1024));
    if (tail.includes('xl/workbook.xml')) return { ok: true, format: 'xlsx', encoding: 'xlsx' };
    return unsupported('This is a ZIP archive but not an Excel workbook.');
  }
  if (bytes.subarray(0, 8).equals(OLE)) {
    return unsupported('This is an old Excel .xls (or other Office 97–2003) file; save it as .xlsx or CSV.');
  }
  for (const [signature, message] of KNOWN) {
    if (bytes.subarray(0, signature.length).equals(signature)) return unsupported(message);
  }
  const sample = bytes.subarray(0, SAMPLE);
  for (const b of sample) {
    // tab, line feed and carriage return are the only control bytes a CSV has
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return unsupported('This is not a text file.');
  }
  if (isUtf8(bytes)) return { ok: true, format: 'csv', encoding: 'utf-8' };
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return unsupported('This text is neither UTF-8 nor GBK.');
  }
  return { ok: true, format: 'csv', encoding: 'gb18030' };
}

/** Data rows a CSV has at most (its lines less the header), for the progress bar before parsing. */
export function estimateCsvRows(bytes: Buffer): number {
  let lines = 0;
  let at = bytes.indexOf(0x0a);
  while (at !== -1) {
    lines++;
    at = bytes.indexOf(0x0a, at + 1);
  }
  if (bytes.length && bytes[bytes.length - 1] !== 0x0a) lines++;
  return Math.max(0, lines - 1);
}

/** A file name safe to store and show: its last path segment, no control characters, at most 200 characters. */
export function cleanFileName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const base = (name ?? '').split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f]/g, '').trim() ?? '';
  return (base || 'upload').slice(0, 200);
}
